import { describe, expect, it } from 'vitest';
import { parseCaseNumber } from '../../../src-shared/domain/caseNumber';
import { formatProvisionalCaseNumber, parseProvisionalCaseNumber } from '../../../src-shared/domain/filing/provisionalCaseNumber';

describe('provisional case numbers (临)', () => {
  it('are marked 临 and round-trip', () => {
    const parts = { year: 2026, courtCode: '苏0105', caseType: '民初' as const, sequence: 3 };
    expect(formatProvisionalCaseNumber(parts)).toBe('（2026）苏0105民初临3号');
    expect(parseProvisionalCaseNumber('（2026）苏0105民初临3号')).toEqual(parts);
    expect(parseProvisionalCaseNumber('(2026)苏0105执临12号')).toMatchObject({ caseType: '执', sequence: 12 });
  });

  it('never parse as official numbers, and official numbers never parse as provisional', () => {
    for (const p of ['（2026）苏0105民初临3号', '（2026）苏0105执临1号', '（2026）苏0105民终临999999号']) expect(parseCaseNumber(p), p).toBeNull();
    for (const o of ['（2026）苏0105民初3号', '（2026）苏0105民初临0号', '（2026）苏0105民初临号', '（2026）苏0105临民初3号']) {
      expect(parseProvisionalCaseNumber(o), o).toBeNull();
    }
  });
});
