import { describe, expect, it } from 'vitest';
import { idCheckChar, isValidCreditCode, isValidIdNumber, makeCreditCode, makeIdNumber } from '../../../src-shared/domain/idNumber';

describe('resident ID numbers (GB 11643 check character)', () => {
  it('accepts published examples and generated numbers', () => {
    for (const ok of ['11010519491231002X', '440524198001010013', '320105198503121233']) expect(isValidIdNumber(ok), ok).toBe(true);
    expect(idCheckChar('11010519491231002')).toBe('X');
    expect(isValidIdNumber(makeIdNumber({ region: '320105', birth: { y: 2000, m: 2, d: 29 }, sequence: 7, sex: 'female' }))).toBe(true);
  });

  it('refuses a wrong check character, every single-digit typo, bad dates, lower-case x and wrong lengths', () => {
    const good = '320105198503121233';
    for (let i = 0; i < 17; i++) {
      const d = Number(good[i]);
      const typo = good.slice(0, i) + String((d + 1) % 10) + good.slice(i + 1);
      expect(isValidIdNumber(typo), typo).toBe(false);
    }
    for (const bad of ['320105198503121234', '11010519491231002x', '32010519850230123X', '320105185003121233', '440524188001010014', '32010519850312123', '3201051985031212333', '', '020105198503121233']) {
      expect(isValidIdNumber(bad), bad).toBe(false);
    }
  });
});

describe('unified social credit codes (GB 32100 and GB 11714 check characters)', () => {
  it('accepts published examples and generated codes', () => {
    for (const ok of ['91350100M000100Y43', makeCreditCode('320105', 12345678), makeCreditCode('110108', 1)]) expect(isValidCreditCode(ok), ok).toBe(true);
  });

  it('refuses wrong check characters, letters the standard leaves out, and wrong lengths', () => {
    const good = '91350100M000100Y43';
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false); // last check character
    expect(isValidCreditCode('91350100M000100X43')).toBe(false); // organisation-code check character
    for (const letter of ['I', 'O', 'S', 'V', 'Z']) expect(isValidCreditCode(good.slice(0, 8) + letter + good.slice(9))).toBe(false);
    for (const bad of ['', '91350100M000100Y4', '91350100M000100Y433', '91350100m000100y43']) expect(isValidCreditCode(bad), bad).toBe(false);
  });
});
