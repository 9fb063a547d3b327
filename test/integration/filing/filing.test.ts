import { afterEach, describe, expect, it } from 'vitest';
import { filingInput } from '../../helpers/filingInput';
import { createTestApp, type TestApp } from '../../helpers/testApp';

const NOW = () => new Date('2026-03-05T02:00:00Z');

describe('filing.create (立案)', () => {
  let t: TestApp;
  afterEach(() => t?.close());

  it('files a case with parties, agents, claims, fee and the 7-day filing-decision due date in one audited write', async () => {
    t = createTestApp({ now: NOW });
    const center = await t.login('center');
    const r = await t.call('filing.create', filingInput(1), center);
    expect(r).toMatchObject({
      ok: true,
      value: {
        caseNumber: '（2026）苏0198民初4号', caseType: '民初', procedure: 'simplified', cause: '民间借贷纠纷', stage: 'filing',
        judge: null, filedOn: '2026-03-05', receivedOn: '2026-03-02', filingDecisionDue: '2026-03-09', fee: 50, claimAmount: 1000,
        numberProvisional: false, plaintiffs: ['原告1'], defendants: ['被告公司1'],
      },
    });
    const id = (r as { value: { id: string } }).value.id;
    const db = t.app.db;
    expect(db.prepare('SELECT kind, legal_representative FROM parties WHERE case_id = ? ORDER BY position').all(id)).toEqual([
      { kind: 'person', legal_representative: null },
      { kind: 'organization', legal_representative: '钱经理' },
    ]);
    expect(db.prepare('SELECT name, kind, license_no, authority, special_powers FROM party_agents WHERE case_id = ?').all(id)).toEqual([
      { name: '周律师', kind: 'lawyer', license_no: '13201201010123456', authority: 'special', special_powers: '["admit","settle"]' },
    ]);
    expect(db.prepare(`SELECT stage, note, actor_name FROM case_events WHERE case_id = ?`).get(id)).toEqual({
      stage: 'filing', note: '立案登记，案号 （2026）苏0198民初4号', actor_name: '测试center',
    });
    expect(db.prepare(`SELECT call, user_name FROM audit_log WHERE case_id = ?`).all(id)).toEqual([{ call: 'filing.create', user_name: 'center' }]);
    const outbox = db.prepare(`SELECT changes FROM outbox WHERE call = 'filing.create'`).get() as { changes: string };
    const entities = (JSON.parse(outbox.changes) as { entity: string }[]).map((c) => c.entity);
    expect(entities).toEqual(expect.arrayContaining(['case', 'party', 'party_agent', 'case_event']));
    expect(entities).not.toContain('case_number_counter'); // device-local, never pushed
    expect(await t.call('audit.verify', {}, await t.login('admin'))).toMatchObject({ ok: true, value: { intact: true, problems: [] } });
  });

  it('refuses bad input with Chinese messages per field and changes nothing', async () => {
    t = createTestApp({ now: NOW });
    const center = await t.login('center');
    const before = t.fingerprint();
    const input = filingInput(1);
    const badId = { ...input.parties[0], idNumber: input.parties[0]!.idNumber.slice(0, 17) + (input.parties[0]!.idNumber.endsWith('1') ? '2' : '1') };
    const badOrg = { ...input.parties[1], idNumber: '91320105000010001A', legalRepresentative: '' };
    const badAgent = { ...input.parties[0], agents: [{ name: '王五', kind: 'relative', authority: 'general', specialPowers: ['settle'] }] };
    const cases: [unknown, string, RegExp][] = [
      [{ ...input, parties: [badId, input.parties[1]] }, 'parties.0.idNumber', /身份证号码不正确/],
      [{ ...input, parties: [input.parties[0], badOrg] }, 'parties.1.idNumber', /统一社会信用代码不正确/],
      [{ ...input, parties: [input.parties[0], badOrg] }, 'parties.1.legalRepresentative', /法定代表人/],
      [{ ...input, parties: [badAgent, input.parties[1]] }, 'parties.0.agents.0.specialPowers', /一般授权不能包含/],
      [{ ...input, parties: [badAgent, input.parties[1]] }, 'parties.0.agents.0.idNumber', /须填写身份证号码/],
      [{ ...input, cause: '借钱不还纠纷' }, 'cause', /不是《民事案件案由规定》中的案由/],
      [{ ...input, procedure: 'special' }, 'procedure', /只能适用普通程序、简易程序、小额诉讼/],
      [{ ...input, receivedOn: '2999-01-01' }, 'receivedOn', /不能晚于今天/],
      [{ ...input, parties: [input.parties[0]] }, 'parties', /至少需要一名被告/],
      [{ ...input, parties: [{ ...input.parties[1], role: 'appellee' }, input.parties[0]] }, 'parties.0.role', /不能是「被上诉人」/],
      [{ ...input, fee: -5 }, 'fee', /不能为负数/],
      [{ ...input, claims: '  ' }, 'claims', /请填写诉讼请求/],
    ];
    for (const [bad, path, message] of cases) {
      const r = await t.call('filing.create', bad, center);
      expect(r.ok, path).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('VALIDATION');
      const issues = r.error.details as { path: string; message: string }[];
      expect(issues.find((i) => i.path === path)?.message, `${path}: ${JSON.stringify(issues)}`).toMatch(message);
    }
    expect(t.fingerprint()).toEqual(before);
  });

  it('only the centre and the administrator may file', async () => {
    t = createTestApp({ now: NOW });
    for (const role of ['judge', 'clerk', 'supervisor']) {
      expect(await t.call('filing.create', filingInput(1), await t.login(role))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(await t.call('filing.create', filingInput(1), await t.login('admin'))).toMatchObject({ ok: true });
  });
});
