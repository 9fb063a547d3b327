import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../src-main/domains/auth/passwordHash';
import { runWrite } from '../../../src-main/write/runWrite';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { filingInput } from '../../helpers/filingInput';
import { createTestApp, type TestApp } from '../../helpers/testApp';

const NOW = () => new Date('2026-03-05T02:00:00Z');

/** Adds judges to the small court: three active ones in two teams, one disabled, and one of another court. */
function addJudges(t: TestApp) {
  const ids = { a: uuidv7(), b: uuidv7(), c: uuidv7(), disabled: uuidv7(), other: uuidv7(), teamA: uuidv7(), teamB: uuidv7(), otherCourt: uuidv7() };
  const hash = hashPassword('x-2026-x');
  runWrite(t.app.db, { actor: { userId: null, userName: 'fixture', role: 'admin', via: 'test' }, call: 'test.judges', caseId: null, now: NOW() }, (tx) => {
    tx.insert('team', ids.teamA, { court_id: t.court.courtId, name: '民一团队' });
    tx.insert('team', ids.teamB, { court_id: t.court.courtId, name: '民二团队' });
    tx.insert('court', ids.otherCourt, { name: '邻县人民法院', code: '苏0197' });
    const judge = (id: string, name: string, team: string | null, court = t.court.courtId, disabled = 0) =>
      tx.insert('user', id, { court_id: court, team_id: team, user_name: name, display_name: name, role: 'judge', password_hash: hash, created_at: 'x', disabled });
    judge(ids.a, '甲法官', ids.teamA);
    judge(ids.b, '乙法官', ids.teamB);
    judge(ids.c, '丙法官', ids.teamB);
    judge(ids.disabled, '丁法官', ids.teamA, t.court.courtId, 1);
    judge(ids.other, '外院法官', null, ids.otherCourt);
  });
  return ids;
}

async function fileOne(t: TestApp, center: string, n = 1): Promise<{ id: string; version: number }> {
  const r = await t.call('filing.create', filingInput(n), center);
  if (!r.ok) throw new Error(r.error.message);
  return r.value as { id: string; version: number };
}

describe('cases.assign (分案)', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('random assignment draws only eligible judges, never an excluded one, and records candidates and exclusions', async () => {
    t = createTestApp({ now: NOW });
    const j = addJudges(t);
    const center = await t.login('center');
    const eligible = new Set([t.court.users.judge, j.a, j.b, j.c]);
    const drawn = new Set<string>();
    for (let n = 1; n <= 24; n++) {
      const c = await fileOne(t, center, n);
      const r = await t.call('cases.assign', { mode: 'random', caseId: c.id, baseVersion: c.version, exclusions: [{ judgeId: j.a, reason: '回避：与原告系近亲属' }] }, center);
      if (!r.ok) throw new Error(r.error.message);
      const { assignment, case: summary } = r.value as { assignment: { judge: { id: string }; candidates: { id: string }[]; exclusions: unknown[]; mode: string }; case: { judge: { id: string } } };
      expect(assignment.mode).toBe('random');
      expect(assignment.candidates.map((x) => x.id).sort()).toEqual([...eligible].filter((id) => id !== j.a).sort());
      expect(assignment.exclusions).toEqual([{ judgeId: j.a, name: '甲法官', reason: '回避：与原告系近亲属' }]);
      expect(assignment.judge.id).not.toBe(j.a);
      expect(eligible.has(assignment.judge.id)).toBe(true);
      expect(summary.judge.id).toBe(assignment.judge.id);
      drawn.add(assignment.judge.id);
    }
    // 24 draws over 3 candidates: all landing on one judge has probability 3 × 3^-24.
    expect(drawn.size).toBeGreaterThan(1);
    const team = t.app.db.prepare(`SELECT c.team_id, u.team_id AS judge_team FROM cases c JOIN users u ON u.id = c.judge_id WHERE c.judge_id = ?`).get(j.b) as { team_id: string; judge_team: string } | undefined;
    if (team) expect(team.team_id).toBe(team.judge_team);
    const audit = t.app.db.prepare(`SELECT count(*) AS n FROM audit_log WHERE call = 'cases.assign'`).get() as { n: number };
    expect(audit.n).toBe(24);
    const events = t.app.db.prepare(`SELECT note FROM case_events WHERE note LIKE '随机分案%'`).all() as { note: string }[];
    expect(events).toHaveLength(24);
    expect(events[0]!.note).toMatch(/^随机分案（候选 3 人，排除 1 人）：承办法官 /);
  });

  it('refuses exclusions of non-judges, excluding everyone, stale versions, and a designation without a reason', async () => {
    t = createTestApp({ now: NOW });
    const j = addJudges(t);
    const center = await t.login('center');
    const c = await fileOne(t, center);
    const all = [t.court.users.judge, j.a, j.b, j.c].map((judgeId) => ({ judgeId, reason: '回避' }));
    const before = t.fingerprint();
    const cases: [unknown, string, string][] = [
      [{ mode: 'random', caseId: c.id, baseVersion: c.version, exclusions: all }, 'VALIDATION', '排除后没有可分案的法官'],
      [{ mode: 'random', caseId: c.id, baseVersion: c.version, exclusions: [{ judgeId: j.a, reason: ' ' }] }, 'VALIDATION', '请写明排除该法官的理由'],
      [{ mode: 'designated', caseId: c.id, baseVersion: c.version, judgeId: j.b, reason: '' }, 'VALIDATION', '指定分案须写明理由'],
      [{ mode: 'designated', caseId: c.id, baseVersion: c.version, judgeId: j.disabled, reason: '专业化审判' }, 'VALIDATION', '不是本院在岗的员额法官'],
      [{ mode: 'designated', caseId: c.id, baseVersion: c.version, judgeId: j.other, reason: '专业化审判' }, 'VALIDATION', '不是本院在岗的员额法官'],
      [{ mode: 'designated', caseId: c.id, baseVersion: c.version, judgeId: t.court.users.clerk, reason: '专业化审判' }, 'VALIDATION', '不是本院在岗的员额法官'],
      [{ mode: 'designated', caseId: c.id, baseVersion: c.version + 1, judgeId: j.b, reason: '专业化审判' }, 'CONFLICT', ''],
      [{ mode: 'random', caseId: uuidv7(), baseVersion: 1 }, 'NOT_FOUND', '案件不存在'],
    ];
    for (const [input, code, message] of cases) {
      const r = await t.call('cases.assign', input, center);
      expect(r, JSON.stringify(input)).toMatchObject({ ok: false, error: { code } });
      if (!r.ok && message) expect(r.error.message).toContain(message);
    }
    expect(t.fingerprint()).toEqual(before);
    expect(await t.call('cases.assign', { mode: 'random', caseId: c.id, baseVersion: c.version }, await t.login('judge'))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('designated assignment records its reason; the judge then finds the case in the list; history shows both', async () => {
    t = createTestApp({ now: NOW });
    const j = addJudges(t);
    const supervisor = await t.login('supervisor');
    const c = await fileOne(t, await t.login('center'));
    const r = await t.call('cases.assign', { mode: 'designated', caseId: c.id, baseVersion: c.version, judgeId: j.b, reason: '系列案件由同一法官审理' }, supervisor);
    expect(r).toMatchObject({ ok: true, value: { case: { judge: { id: j.b, name: '乙法官' } }, assignment: { mode: 'designated', reason: '系列案件由同一法官审理', candidates: [], judge: { teamName: '民二团队' }, assignedBy: '测试supervisor' } } });
    const version = (r as { value: { case: { version: number } } }).value.case.version;
    const again = await t.call('cases.assign', { mode: 'random', caseId: c.id, baseVersion: version, exclusions: [{ judgeId: j.b, reason: '回避' }] }, supervisor);
    expect(again.ok).toBe(true);
    const info = await t.call('cases.assignments', { caseId: c.id }, supervisor);
    expect(info).toMatchObject({ ok: true, value: { history: [{ mode: 'designated' }, { mode: 'random' }] } });
    expect((info as { value: { eligibleJudges: { name: string }[] } }).value.eligibleJudges.map((x) => x.name).sort()).toEqual(['丙法官', '乙法官', '甲法官', '测试judge'].sort());
    const judgeId = (again as { value: { case: { judge: { id: string } } } }).value.case.judge.id;
    const list = await t.call('cases.list', { judgeId }, supervisor);
    expect((list as { value: { items: { id: string }[] } }).value.items.map((x) => x.id)).toContain(c.id);
  });
});
