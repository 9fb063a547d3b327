import { describe, expect, it } from 'vitest';
import { formatCaseNumber, parseCaseNumber } from '../../src-shared/domain/caseNumber';

describe('case numbers (案号)', () => {
  it('formats and parses the SPC form', () => {
    const parts = { year: 2025, courtCode: '苏0105', caseType: '民初' as const, sequence: 1234 };
    expect(formatCaseNumber(parts)).toBe('（2025）苏0105民初1234号');
    expect(parseCaseNumber('（2025）苏0105民初1234号')).toEqual(parts);
    expect(parseCaseNumber('(2025)苏0105民初1234号')).toEqual(parts);
    expect(parseCaseNumber('（2026）苏0199执88号')).toMatchObject({ caseType: '执', sequence: 88 });
  });

  it('refuses what is not a case number', () => {
    for (const bad of ['', '2025苏0105民初1234号', '（2025）苏0105民初0号', '（2025）苏0105民初1234', '（25）苏0105民初1号', '（2025）苏0105刑终1号']) {
      expect(parseCaseNumber(bad), bad).toBeNull();
    }
  });
});
