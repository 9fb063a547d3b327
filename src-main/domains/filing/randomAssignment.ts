import { randomInt } from 'node:crypto';
import type { Database } from 'better-sqlite3';

export interface JudgeRow {
  id: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
}

/** The judges who may be assigned a case of a court: its active (not disabled) 员额法官, in a fixed order. */
export function eligibleJudges(db: Database, courtId: string): JudgeRow[] {
  return db
    .prepare(
      `SELECT u.id, u.display_name AS name, u.team_id AS teamId, t.name AS teamName
       FROM users u LEFT JOIN teams t ON t.id = u.team_id
       WHERE u.court_id = ? AND u.role = 'judge' AND u.disabled = 0
       ORDER BY u.id`,
    )
    .all(courtId) as JudgeRow[];
}

/**
 * Draws one judge uniformly from `candidates` with the operating system's cryptographic random source
 * (crypto.randomInt, no modulo bias), so nobody can predict or steer the draw.
 */
export function drawJudge<T>(candidates: readonly T[]): T {
  if (candidates.length === 0) throw new Error('no candidates to draw from');
  return candidates[randomInt(candidates.length)]!;
}
