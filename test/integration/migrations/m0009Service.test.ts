import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 9: service, preservation, work orders, trial-limit changes, ledger views', () => {
  it('adds the tables with their codes checked and their foreign keys', () => {
    const m = databaseAt(8);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO teams (id, court_id, name) VALUES ('t1', 'c1', '第一团队');
        INSERT INTO users (id, court_id, user_name, display_name, role, password_hash, created_at) VALUES ('u1', 'c1', 'center', '中心', 'center', 'x', 'x');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'service', '2026-01-05', 'x', 'x');
        INSERT INTO parties (id, case_id, role, name, kind) VALUES ('p1', 'k1', 'defendant', '被告甲', 'person');`);
      const db = m.reopen(9);
      expect(columns(db, 'service_records')).toEqual([
        'id', 'case_id', 'document_kind', 'document_title', 'document_id', 'party_id', 'method', 'address', 'ems_number', 'state',
        'served_on', 'announcement_published_on', 'proof_document_id', 'due_on', 'assignee_id', 'created_by', 'created_at', 'updated_at', 'version',
      ]);
      const service = (id: string, method: string, ems: string | null, party = 'p1') =>
        db.prepare(`INSERT INTO service_records (id, case_id, document_kind, document_title, party_id, method, ems_number, due_on, created_at, updated_at)
          VALUES (?, 'k1', 'complaint', '应诉通知书', ?, ?, ?, '2026-01-10', 'x', 'x')`).run(id, party, method, ems);
      service('s1', 'postal', '1234567890123');
      expect(db.prepare('SELECT state, version, address FROM service_records').get()).toEqual({ state: 'pending', version: 1, address: '' });
      expect(() => service('s2', 'postal', null)).toThrow(/CHECK/); // a posted item needs its EMS number
      expect(() => service('s3', 'pigeon', null)).toThrow(/CHECK/);
      expect(() => service('s4', 'direct', null, 'no-such-party')).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare(`UPDATE service_records SET state = 'served' WHERE id = 's1'`).run()).toThrow(/CHECK/);

      const attempt = (id: string, result: string, reason: string | null) =>
        db.prepare(`INSERT INTO service_attempts (id, service_id, at, result, reason, created_at) VALUES (?, 's1', 'x', ?, ?, 'x')`).run(id, result, reason);
      attempt('a1', 'failure', 'no_such_person');
      attempt('a2', 'success', null);
      expect(() => attempt('a3', 'failure', null)).toThrow(/CHECK/); // a failure names its reason
      expect(() => attempt('a4', 'success', 'refused')).toThrow(/CHECK/);

      db.prepare(`INSERT INTO preservations (id, case_id, kind, applicant, respondent, amount, created_at, updated_at) VALUES ('v1', 'k1', 'property', '甲', '乙', 1000, 'x', 'x')`).run();
      const measure = (id: string, from: string, to: string) =>
        db.prepare(`INSERT INTO preservation_measures (id, preservation_id, description, started_on, expires_on) VALUES (?, 'v1', '冻结存款', ?, ?)`).run(id, from, to);
      measure('m1', '2026-01-01', '2027-01-01');
      expect(() => measure('m2', '2026-01-01', '2025-12-31')).toThrow(/CHECK/);
      expect(() => db.prepare(`INSERT INTO preservations (id, case_id, kind, applicant, respondent, created_at, updated_at) VALUES ('v2', 'k1', 'money', '甲', '乙', 'x', 'x')`).run()).toThrow(/CHECK/);

      const order = (id: string, side: string) =>
        db.prepare(`INSERT INTO work_orders (id, case_id, kind, from_side, team_id, due_on, created_at, updated_at) VALUES (?, 'k1', 'scan_backfill', ?, 't1', '2026-01-20', 'x', 'x')`).run(id, side);
      order('w1', 'team');
      expect(db.prepare('SELECT state FROM work_orders').get()).toEqual({ state: 'created' });
      expect(() => order('w2', 'court')).toThrow(/CHECK/);

      const change = (id: string, kind: string, months: number, from: string | null, to: string | null) =>
        db.prepare(`INSERT INTO trial_limit_changes (id, case_id, kind, months, from_on, to_on, reason, approver, approved_on, created_at)
          VALUES (?, 'k1', ?, ?, ?, ?, '案情复杂', '院长', '2026-03-01', 'x')`).run(id, kind, months, from, to);
      change('l1', 'extension', 1, null, null);
      change('l2', 'deduction', 0, '2026-02-01', '2026-03-02');
      expect(() => change('l3', 'extension', 0, null, null)).toThrow(/CHECK/);
      expect(() => change('l4', 'deduction', 0, '2026-02-01', null)).toThrow(/CHECK/);

      db.prepare(`INSERT INTO ledger_views (id, user_id, name, created_at, updated_at) VALUES ('lv1', 'u1', '超期案件', 'x', 'x')`).run();
      expect(() => db.prepare(`INSERT INTO ledger_views (id, user_id, name, created_at, updated_at) VALUES ('lv2', 'u1', '超期案件', 'x', 'x')`).run()).toThrow(/UNIQUE/);

      const indexes = (t: string) => (db.pragma(`index_list(${t})`) as { name: string }[]).map((i) => i.name);
      expect(indexes('service_records')).toEqual(expect.arrayContaining(['service_records_case', 'service_records_state', 'service_records_assignee']));
      expect(indexes('work_orders')).toEqual(expect.arrayContaining(['work_orders_queue', 'work_orders_team', 'work_orders_case']));
    } finally {
      m.dispose();
    }
  });
});
