import { describe, expect, it } from 'vitest';
import { FilingInputSchema } from '../../../src-shared/contract/calls/filingCalls';
import { validate } from '../../../src-shared/contract/validation';
import { splitIssues } from '../../../src-renderer/features/centre/filingFormValues';
import { filingInput } from '../../helpers/filingInput';

const issues = (input: unknown) => {
  const r = validate(FilingInputSchema, input);
  return r.ok ? [] : r.issues;
};

describe('filing input checks (what the form shows per field)', () => {
  it('a complete filing passes; the 案由 may be any listed cause, including a 特别程序 one for 民特', () => {
    expect(issues(filingInput(1))).toEqual([]);
    const special = filingInput(2, {
      caseType: '民特', procedure: 'special', cause: '申请宣告自然人失踪',
      parties: [{ ...filingInput(2).parties[0], role: 'applicant' }],
    });
    expect(issues(special)).toEqual([]);
  });

  it('names the field and says what is wrong in Chinese', () => {
    const input = filingInput(1);
    const lawyerWithoutLicence = { ...input.parties[0], agents: [{ name: '周律师', kind: 'lawyer', authority: 'special', specialPowers: [] }] };
    const threeAgents = { ...input.parties[0], agents: [1, 2, 3].map(() => input.parties[0]!.agents![0]) };
    expect(issues({ ...input, parties: [lawyerWithoutLicence, input.parties[1]] })).toEqual(expect.arrayContaining([
      { path: 'parties.0.agents.0.licenseNo', message: '律师、基层法律服务工作者须填写执业证号' },
      { path: 'parties.0.agents.0.specialPowers', message: expect.stringMatching(/^特别授权须写明具体权限/) },
    ]));
    expect(issues({ ...input, parties: [threeAgents, input.parties[1]] })).toEqual([{ path: 'parties.0.agents', message: '每名当事人最多委托 2 名诉讼代理人' }]);
    expect(issues({ ...input, parties: [input.parties[0], { ...input.parties[0], name: '另一人' }, input.parties[1]] }))
      .toEqual([{ path: 'parties.1.idNumber', message: '与第 1 名当事人的证件号码相同' }]);
    expect(issues({ ...input, receivedOn: '2026-02-30' })).toEqual([{ path: 'receivedOn', message: '日期不存在，请检查年月日' }]);
    expect(issues({ ...input, claimAmount: 10.005 })).toEqual([{ path: 'claimAmount', message: '金额最多两位小数' }]);
    expect(issues({ ...input, caseType: '民终' })).toEqual(expect.arrayContaining([
      { path: 'procedure', message: '民终案件只能适用普通程序' },
      { path: 'parties.0.role', message: '民终案件的当事人不能是「原告」' },
    ]));
  });

  it('server issues go under their form field; list-level ones are shown above the buttons', () => {
    expect(splitIssues([
      { path: 'parties.1.idNumber', message: 'A' },
      { path: 'parties.0.agents.1.specialPowers', message: 'B' },
      { path: 'parties', message: 'C' },
      { path: 'parties.0.agents', message: 'D' },
      { path: 'cause', message: 'E' },
    ])).toEqual({
      fields: [
        { name: ['parties', 1, 'idNumber'], errors: ['A'] },
        { name: ['parties', 0, 'agents', 1, 'specialPowers'], errors: ['B'] },
        { name: ['cause'], errors: ['E'] },
      ],
      general: ['C', 'D'],
    });
  });
});
