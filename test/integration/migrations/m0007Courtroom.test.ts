import { describe, expect, it } from 'vitest';
import { columns, databaseAt } from '../../helpers/migrationDb';

describe('migration 7: courtroom', () => {
  it('adds hearings, participants, transcripts, entries, evidence, opinions, signatures and quick phrases with their checks', () => {
    const m = databaseAt(6);
    try {
      m.db.exec(`INSERT INTO courts (id, name, code) VALUES ('c1', '测试法院', '苏0198');
        INSERT INTO users (id, court_id, user_name, display_name, role, password_hash, created_at) VALUES ('u1', 'c1', 'clerk', '书记员', 'clerk', 'x', 'x');
        INSERT INTO cases (id, court_id, case_number, year, case_type, sequence, cause, procedure, stage, filed_on, created_at, updated_at)
        VALUES ('k1', 'c1', '（2026）苏0198民初1号', 2026, '民初', 1, '民间借贷纠纷', 'simplified', 'hearing', '2026-01-01', 'x', 'x');
        INSERT INTO parties (id, case_id, role, name, kind) VALUES ('p1', 'k1', 'plaintiff', '张三', 'person'), ('p2', 'k1', 'defendant', '李四', 'person');`);
      const db = m.reopen(7);
      for (const t of ['hearings', 'hearing_participants', 'transcripts', 'transcript_entries', 'evidence_items', 'evidence_opinions', 'transcript_signatures', 'quick_phrases']) {
        expect(columns(db, t)).toContain('id');
        expect(columns(db, t)).toContain('version');
      }
      db.exec(`INSERT INTO hearings (id, case_id, starts_at, courtroom, clerk_id, created_at, updated_at) VALUES ('h1', 'k1', '2026-03-02T09:00', '第一法庭', 'u1', 'x', 'x');
        INSERT INTO hearing_participants (id, hearing_id, role, name, party_id, alias, position) VALUES ('hp1', 'h1', 'plaintiff', '张三', 'p1', '原', 1);
        INSERT INTO transcripts (id, hearing_id) VALUES ('t1', 'h1');
        INSERT INTO evidence_items (id, case_id, party_id, number, name, created_at, updated_at) VALUES ('e1', 'k1', 'p1', 1, '借条', 'x', 'x');
        INSERT INTO transcript_entries (id, transcript_id, position, kind, participant_id, speaker, text, evidence_item_id, created_at, updated_at)
        VALUES ('te1', 't1', 1, 'speech', 'hp1', '原告', '对证据一无异议', 'e1', 'x', 'x');`);
      expect(db.prepare('SELECT state, version FROM hearings').get()).toEqual({ state: 'scheduled', version: 1 });
      expect(db.prepare('SELECT state FROM transcripts').get()).toEqual({ state: 'draft' });
      expect(() => db.exec(`INSERT INTO hearing_participants (id, hearing_id, role, name, alias, position) VALUES ('hp2', 'h1', 'plaintiff', '王五', '原', 2)`)).toThrow(/UNIQUE/);
      expect(() => db.exec(`INSERT INTO hearings (id, case_id, starts_at, courtroom, state, created_at, updated_at) VALUES ('h2', 'k1', 'x', 'x', 'postponed', 'x', 'x')`)).toThrow(/CHECK/);
      expect(() => db.exec(`INSERT INTO transcript_entries (id, transcript_id, position, kind, created_at, updated_at) VALUES ('te2', 'no-such', 2, 'speech', 'x', 'x')`)).toThrow(/FOREIGN KEY/);
      expect(() => db.exec(`INSERT INTO evidence_opinions (id, evidence_item_id, party_id, authenticity, created_at, updated_at) VALUES ('o1', 'e1', 'p2', 'maybe', 'x', 'x')`)).toThrow(/CHECK/);
      // A signature is an image or a refusal with its reason, never neither.
      expect(() => db.exec(`INSERT INTO transcript_signatures (id, transcript_id, participant_id, outcome, at) VALUES ('s1', 't1', 'hp1', 'refused', 'x')`)).toThrow(/CHECK/);
      db.exec(`INSERT INTO transcript_signatures (id, transcript_id, participant_id, outcome, refusal_reason, at) VALUES ('s1', 't1', 'hp1', 'refused', '认为笔录记载不全', 'x')`);
      expect(() => db.exec(`INSERT INTO evidence_items (id, case_id, number, name, page_from, page_to, created_at, updated_at) VALUES ('e2', 'k1', 2, 'x', 5, 3, 'x', 'x')`)).toThrow(/CHECK/);
    } finally {
      m.dispose();
    }
  });
});
