import { makeCreditCode, makeIdNumber } from '../../src-shared/domain/idNumber';

/** A valid filing: a natural-person plaintiff with a lawyer (special authority) and a company defendant. */
export function filingInput(n = 1, overrides: Record<string, unknown> = {}) {
  return {
    caseType: '民初',
    procedure: 'simplified',
    cause: '民间借贷纠纷',
    claims: `判令被告归还借款 ${n * 1000} 元及利息`,
    claimAmount: n * 1000,
    fee: 50,
    receivedOn: '2026-03-02',
    parties: [
      {
        role: 'plaintiff', kind: 'person', name: `原告${n}`,
        idNumber: makeIdNumber({ region: '320105', birth: { y: 1980, m: 1, d: 1 + (n % 28) }, sequence: n, sex: 'male' }),
        address: '南京市秦淮区中山南路 1 号', phone: '13800000000',
        agents: [{ name: '周律师', kind: 'lawyer', licenseNo: '13201201010123456', authority: 'special', specialPowers: ['admit', 'settle'] }],
      },
      { role: 'defendant', kind: 'organization', name: `被告公司${n}`, idNumber: makeCreditCode('320105', 1000 + n), legalRepresentative: '钱经理' },
    ],
    ...overrides,
  };
}
