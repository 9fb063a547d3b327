import { useEffect } from 'react';
import type { User } from '../../../src-shared/contract/schemas';
import { ReadingHome } from './ReadingHome';
import { rememberVolume } from './recentReading';
import { VolumeReaderPage } from './VolumeReaderPage';

/**
 * The 阅卷 area: `#/reading` lists the cases to read; `#/reading/<case>/<main|internal>[/<document>/<page>]`
 * reads a whole volume.
 */
export function ReadingArea({ path, user, navigate }: { path: string[]; user: User; navigate: (path: string) => void }) {
  const [caseId, volume, documentId, page] = path;
  const isVolume = volume === 'main' || volume === 'internal';
  useEffect(() => {
    if (caseId && isVolume) rememberVolume(user.id, caseId, volume);
  }, [caseId, volume, user.id]);
  if (!caseId || !isVolume) return <ReadingHome user={user} navigate={navigate} />;
  return (
    <VolumeReaderPage
      // A new case or volume is a new reader; a new place in the same volume (replaceState) is not.
      key={`${caseId}:${volume}`}
      caseId={caseId}
      volume={volume}
      documentId={documentId}
      pageNumber={Math.max(1, Number.parseInt(page ?? '1', 10) || 1)}
      role={user.role}
      navigate={navigate}
    />
  );
}
