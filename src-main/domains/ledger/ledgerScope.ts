import type { Database } from 'better-sqlite3';
import type { Actor } from '../../write/runWrite';

export interface Scope {
  /** SQL condition on `c` (cases) selecting the cases the user keeps; '1' for all. */
  where: string;
  params: Record<string, unknown>;
  teamId: string | null;
  role: string;
}

/**
 * Whose cases a ledger and its warnings cover: a judge the cases they handle and their team's; an assistant or
 * clerk their team's; the centre, 院庭长/审管办 and the administrator every case of the court. (Anyone may
 * still open any case through the case list: this is about whose desk a deadline lands on.)
 */
export function ledgerScope(db: Database, actor: Actor | null): Scope {
  const user = actor?.userId
    ? (db.prepare('SELECT id, role, team_id FROM users WHERE id = ?').get(actor.userId) as { id: string; role: string; team_id: string | null } | undefined)
    : undefined;
  if (!user) return { where: '1', params: {}, teamId: null, role: actor?.role ?? 'admin' };
  if (user.role === 'judge') {
    return { where: '(c.judge_id = @scopeUser OR (@scopeTeam IS NOT NULL AND c.team_id = @scopeTeam))', params: { scopeUser: user.id, scopeTeam: user.team_id }, teamId: user.team_id, role: user.role };
  }
  if ((user.role === 'assistant' || user.role === 'clerk') && user.team_id) {
    return { where: 'c.team_id = @scopeTeam', params: { scopeTeam: user.team_id }, teamId: user.team_id, role: user.role };
  }
  return { where: '1', params: {}, teamId: user.team_id, role: user.role };
}
