import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The data folder: --data, else COURT_DESK_DATA, else the OS's per-user app-data folder. */
export function resolveDataDir(explicit?: string): string {
  if (explicit) return resolve(explicit);
  if (process.env.COURT_DESK_DATA) return resolve(process.env.COURT_DESK_DATA);
  const home = homedir();
  switch (process.platform) {
    case 'win32':
      return join(process.env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'CourtDesk');
    case 'darwin':
      return join(home, 'Library', 'Application Support', 'CourtDesk');
    default:
      return join(process.env.XDG_DATA_HOME ?? join(home, '.local', 'share'), 'court-desk');
  }
}
