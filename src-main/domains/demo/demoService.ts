import { addDays } from '../../../src-shared/domain/deadlines/periods';
import { computeDeadline } from '../../../src-shared/domain/deadlines/deadlineKinds';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import type { CallContext } from '../../services/callContext';
import type { Fields, WriteTx } from '../../write/writeTx';
import { loadCourtCalendar } from '../calendar/loadCourtCalendar';
import { chinaDay } from '../ledger/chinaToday';
import { SERVICE_TARGET_DAYS } from '../ledger/openDeadlines';

interface DemoCase { id: string; case_number: string; case_type: string; stage: string; procedure: string; filed_on: string; team_id: string | null }
interface DemoParty { id: string; name: string; role: string; address: string | null; phone: string | null }

/**
 * Service, preservation, work orders and a trial-limit extension for the demo cases, dated from today, so that
 * the ledger shows every warning level: an overdue service, a measure expiring today, an answer period ending
 * within the week, and cases on track. Written as the demo's own write after the cases.
 */
export function seedDemoService(ctx: CallContext): void {
  const db = ctx.app.db;
  const now = ctx.app.now();
  const at = now.toISOString();
  const today = chinaDay(now);
  const calendar = loadCourtCalendar(db);
  const user = (name: string) => (db.prepare('SELECT id FROM users WHERE user_name = ?').get(name) as { id: string }).id;
  const [center, clerk] = [user('center'), user('clerk')];
  const clerkTeam = (db.prepare('SELECT team_id FROM users WHERE id = ?').get(clerk) as { team_id: string | null }).team_id;
  const cases = db.prepare(`SELECT id, case_number, case_type, stage, procedure, filed_on, team_id FROM cases WHERE case_type = '民初' ORDER BY filed_on DESC`).all() as DemoCase[];
  const at_ = (stage: string, n = 0) => cases.filter((c) => c.stage === stage)[n];
  const parties = (c: DemoCase) => db.prepare('SELECT id, name, role, address, phone FROM parties WHERE case_id = ? ORDER BY position').all(c.id) as DemoParty[];
  const defendant = (c: DemoCase) => parties(c).find((p) => p.role === 'defendant')!;
  const proof = (c: DemoCase) => (db.prepare(`SELECT id FROM documents WHERE case_id = ? AND category = '送达回证' ORDER BY position LIMIT 1`).get(c.id) as { id: string } | undefined)?.id ?? null;
  const latest = (a: string, b: string) => (a > b ? a : b);

  const service = (tx: WriteTx, c: DemoCase, p: DemoParty, f: Fields & { method: string; document_kind?: string }, attempts: [string, string | null, string][] = []): void => {
    const id = uuidv7();
    const kind = f.document_kind ?? 'complaint';
    const success = attempts.find(([, reason]) => reason === null);
    tx.insert('service_record', id, {
      case_id: c.id, document_kind: kind, document_title: kind === 'complaint' ? '起诉状副本、应诉通知书、举证通知书' : '民事判决书', party_id: p.id,
      address: f.method === 'electronic' ? (p.phone ?? '') : (p.address ?? ''), ems_number: null, due_on: addDays(kind === 'complaint' ? c.filed_on : today, SERVICE_TARGET_DAYS),
      assignee_id: center, created_by: center, created_at: at, updated_at: at,
      state: success ? 'served' : attempts.length ? 'failed' : 'pending', served_on: success?.[0] ?? null,
      announcement_published_on: success && f.method === 'announcement' ? success[0] : null, ...f,
    });
    for (const [on, reason, note] of attempts) {
      tx.insert('service_attempt', uuidv7(), {
        service_id: id, at: `${on}T10:00:00+08:00`, result: reason ? 'failure' : 'success', reason, note, recorded_by: center, created_at: at,
      });
    }
  };

  ctx.write(null, (tx) => {
    // Filing stage: the complaint copy went out by post and is still out, past its 5-day target (overdue).
    const fresh = at_('filing');
    if (fresh) service(tx, fresh, defendant(fresh), { method: 'postal', ems_number: '1180342605321' });

    // Service stage: the post came back (查无此人); served electronically ten days ago, so the answer period ends within the week.
    const serving = at_('service');
    if (serving) {
      const d = defendant(serving);
      service(tx, serving, d, { method: 'postal', ems_number: '1180342605338' }, [[addDays(serving.filed_on, 4), 'no_such_person', '邮件退回：查无此人']]);
      service(tx, serving, d, { method: 'electronic', proof_document_id: proof(serving) }, [[latest(addDays(today, -10), serving.filed_on), null, '短信送达，受送达人已读']]);
    }

    // Preservation stage: a bank deposit freeze that lapses today and a vehicle seizure for two years; another case's freeze lapses in 5 days.
    const preserving = [at_('preservation'), at_('preservation', 1)];
    preserving.forEach((c, i) => {
      if (!c) return;
      const d = defendant(c);
      service(tx, c, d, { method: 'direct' }, [[addDays(c.filed_on, 3), null, '本人签收']]);
      const id = uuidv7();
      const plaintiff = parties(c).find((p) => p.role === 'plaintiff')!;
      tx.insert('preservation', id, {
        case_id: c.id, kind: 'property', applicant: plaintiff.name, respondent: d.name, amount: i === 0 ? 360000 : 85000,
        guarantee: i === 0 ? '诉讼财产保全责任保险保函' : '申请人提供银行存款担保', ruling_on: addDays(c.filed_on, 2), created_by: center, created_at: at, updated_at: at,
      });
      const measures: [string, string][] = i === 0
        ? [['冻结被申请人银行存款', addDays(today, 0)], ['查封被申请人名下小型汽车一辆', addDays(c.filed_on, 2 + 730)]]
        : [['冻结被申请人银行存款', addDays(today, 5)]];
      measures.forEach(([description, expires], position) =>
        tx.insert('preservation_measure', uuidv7(), { preservation_id: id, description, started_on: latest(addDays(c.filed_on, 2), addDays(expires, -365)), expires_on: expires, position }),
      );
    });

    // Scheduling and pre-trial: served in person after filing; one defendant could not be found and was served by 公告 twenty days ago.
    for (const c of [at_('scheduling'), at_('pretrial'), at_('pretrial', 1)]) {
      if (c) service(tx, c, defendant(c), { method: 'direct' }, [[addDays(c.filed_on, 3), null, '本人签收']]);
    }
    const hidden = at_('scheduling', 1);
    if (hidden) {
      const d = defendant(hidden);
      service(tx, hidden, d, { method: 'direct' }, [[addDays(hidden.filed_on, 3), 'address_unknown', '户籍地无此人居住']]);
      service(tx, hidden, d, { method: 'announcement', address: '人民法院公告网' }, [[latest(addDays(today, -20), addDays(hidden.filed_on, 4)), null, '人民法院公告网刊登']]);
    }

    // Judgment served three days ago: the appeal period runs.
    const judged = at_('judgment_service');
    if (judged) {
      for (const p of parties(judged)) service(tx, judged, p, { method: 'direct', document_kind: 'judgment' }, [[latest(addDays(today, -3), judged.filed_on), null, '当庭宣判后签收']]);
    }

    // A simplified case near its 审限: the president approved one more month.
    const long = cases.find((c) => c.procedure === 'simplified' && ['judgment', 'deliberation', 'hearing'].includes(c.stage));
    if (long) {
      const due = computeDeadline('trial-simplified', long.filed_on, { calendar }).due;
      const approved = [addDays(due, -5), today].sort()[0]!;
      tx.insert('trial_limit_change', uuidv7(), {
        case_id: long.id, kind: 'extension', months: 1, days: 0, reason: '案情复杂，需追加第三人，经院长批准延长审理期限一个月', approver: '院长 赵国强',
        approved_on: latest(long.filed_on, approved), created_by: clerk, created_at: at,
      });
    }

    // Work orders both ways: the team asks for supplementary service; the centre asks the team for a signed page; one done.
    // The orders concern the demo clerk's team, so that the clerk sees them in the team's boxes.
    const ours = (...stages: string[]) => cases.find((c) => c.team_id === clerkTeam && stages.includes(c.stage));
    const orders: [DemoCase | undefined, string, string, string, number, string][] = [
      [ours('service', 'scheduling'), 'supplementary_service', 'team', '被告提供了新的经常居住地，请按新地址补充送达开庭传票', 3, 'created'],
      [ours('pretrial', 'hearing'), 'scan_backfill', 'centre', '庭前会议笔录缺当事人签字页，请补签后交中心扫描入卷', 2, 'accepted'],
      [ours('preservation', 'scheduling'), 'preservation_execution', 'team', '请执行保全裁定：冻结被申请人银行存款', -6, 'completed'],
    ];
    for (const [c, kind, from, note, days, state] of orders) {
      if (!c) continue;
      const mine = from === 'team' ? center : clerk;
      tx.insert('work_order', uuidv7(), {
        case_id: c.id, kind, note, from_side: from, team_id: c.team_id, state, due_on: addDays(today, days), assignee_id: state === 'created' ? null : mine,
        created_by: from === 'team' ? clerk : center, accepted_at: state === 'created' ? null : at, completed_at: state === 'completed' ? at : null,
        result_note: state === 'completed' ? '已冻结，回执入卷' : '', created_at: at, updated_at: at,
      });
    }
  });
}
