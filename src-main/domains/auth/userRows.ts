import type { Database } from 'better-sqlite3';
import type { User } from '../../../src-shared/contract/schemas';
import type { Role } from '../../../src-shared/domain/roles';

export interface UserRow {
  id: string;
  court_id: string;
  team_id: string | null;
  user_name: string;
  display_name: string;
  role: Role;
  password_hash: string;
  disabled: number;
}

export const findUserByName = (db: Database, userName: string): UserRow | undefined =>
  db.prepare('SELECT * FROM users WHERE user_name = ?').get(userName) as UserRow | undefined;

export const findUserById = (db: Database, id: string): UserRow | undefined =>
  db.prepare('SELECT * FROM users WHERE id = ?').get(id) as UserRow | undefined;

export const toUser = (row: UserRow): User => ({
  id: row.id,
  userName: row.user_name,
  displayName: row.display_name,
  role: row.role,
  courtId: row.court_id,
  teamId: row.team_id,
});
