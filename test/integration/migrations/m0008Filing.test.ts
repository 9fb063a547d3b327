import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 8: filing', () => {
  it('adds filing columns to cases, agents, assignments and case-number counters, keeping existing cases', () => {
    const m = databaseAt(7);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO users (id, court_id, user_name, display_name, role, password_hash, created_at) VALUES ('u1', 'c1', 'judge', '法官', 'judge', 'x', 'x');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'filing', '2026-01-01', 'x', 'x');
        INSERT INTO parties (id, case_id, role, name, kind) VALUES ('p1', 'k1', 'plaintiff', '原告', 'person');`);
      const db = m.reopen(8);
      expect(columns(db, 'cases')).toEqual(expect.arrayContaining(['received_on', 'filing_decision_due', 'fee', 'claims', 'number_provisional']));
      expect(columns(db, 'parties')).toContain('legal_representative');
      expect(db.prepare('SELECT received_on, fee, claims, number_provisional FROM cases').get()).toEqual({
        received_on: null, fee: null, claims: '', number_provisional: 0,
      });
      expect(() => db.prepare(`UPDATE cases SET fee = -1`).run()).toThrow(/CHECK/);
      expect(() => db.prepare(`UPDATE cases SET number_provisional = 2`).run()).toThrow(/CHECK/);

      const agent = (id: string, authority: string, powers: string, party = 'p1', kind = 'lawyer') =>
        db.prepare(`INSERT INTO party_agents (id, case_id, party_id, name, kind, authority, special_powers) VALUES (?, 'k1', ?, '代理人', ?, ?, ?)`)
          .run(id, party, kind, authority, powers);
      agent('a1', 'special', '["admit","settle"]');
      agent('a2', 'general', '[]');
      expect(() => agent('a3', 'general', '["settle"]')).toThrow(/CHECK/);
      expect(() => agent('a4', 'special', 'not json')).toThrow(/CHECK/);
      expect(() => agent('a5', 'general', '[]', 'p1', 'friend')).toThrow(/CHECK/);
      expect(() => agent('a6', 'general', '[]', 'no-such-party')).toThrow(/FOREIGN KEY/);

      const assign = (id: string, mode: string, reason: string, judge = 'u1') =>
        db.prepare(`INSERT INTO case_assignments (id, case_id, mode, judge_id, reason, assigned_at) VALUES (?, 'k1', ?, ?, ?, 'x')`)
          .run(id, mode, judge, reason);
      assign('s1', 'random', '');
      assign('s2', 'designated', '专业化审判');
      expect(() => assign('s3', 'designated', '  ')).toThrow(/CHECK/);
      expect(() => assign('s4', 'lottery', '')).toThrow(/CHECK/);
      expect(() => assign('s5', 'random', '', 'no-such-judge')).toThrow(/FOREIGN KEY/);
      expect(db.prepare(`SELECT exclusions, candidates, version FROM case_assignments WHERE id = 's1'`).get()).toEqual({
        exclusions: '[]', candidates: '[]', version: 1,
      });

      const counter = (id: string, kind: string, last: number) =>
        db.prepare(`INSERT INTO case_number_counters (id, court_id, year, case_type, kind, last_sequence) VALUES (?, 'c1', 2026, '民初', ?, ?)`)
          .run(id, kind, last);
      counter('n1', 'official', 1);
      counter('n2', 'provisional', 0);
      expect(() => counter('n3', 'official', 5)).toThrow(/UNIQUE/);
      expect(() => counter('n4', 'other', 5)).toThrow(/CHECK/);
      const indexes = (t: string) => (db.pragma(`index_list(${t})`) as { name: string }[]).map((i) => i.name);
      expect(indexes('party_agents')).toEqual(expect.arrayContaining(['party_agents_case', 'party_agents_party']));
      expect(indexes('case_assignments')).toContain('case_assignments_case');
      expect(indexes('cases')).toContain('cases_provisional');
    } finally {
      m.dispose();
    }
  });
});
