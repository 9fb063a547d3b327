import type { User } from '../../../src-shared/contract/schemas';
import { CourtroomPage } from './CourtroomPage';
import { HearingDayPage, localToday } from './HearingDayPage';

/**
 * 庭审: the day view of the hearings (`#/courtroom`, `#/courtroom/day/<YYYY-MM-DD>[/<courtroom>]`) and the
 * courtroom view of one hearing (`#/courtroom/hearing/<id>`).
 */
export function CourtroomArea({ path, user, navigate }: { path: string[]; user: User; navigate: (path: string) => void }) {
  const [view, arg, room] = path;
  if (view === 'hearing' && arg) {
    return <CourtroomPage key={arg} hearingId={arg} user={user} onExit={(day, courtroom) => navigate(`/courtroom/day/${day}/${encodeURIComponent(courtroom)}`)} />;
  }
  const day = view === 'day' && arg && /^\d{4}-\d{2}-\d{2}$/.test(arg) ? arg : localToday();
  return <HearingDayPage day={day} courtroom={view === 'day' ? (room ?? '') : ''} user={user} navigate={navigate} />;
}
