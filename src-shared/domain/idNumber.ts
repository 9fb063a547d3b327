/**
 * Chinese identification numbers, with their check characters:
 * - the 18-digit resident ID number (公民身份号码, GB 11643-1999);
 * - the unified social credit code of an organisation (统一社会信用代码, GB 32100-2015).
 */

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** The GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function idCheckChar(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new Error('ID number body must be 17 digits');
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * ID_WEIGHTS[i]!;
  return ID_CHECK[sum % 11]!;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * A resident ID number: 6-digit region code, birth date YYYYMMDD, 3-digit sequence (odd for men, even
 * for women; the sequence is adjusted to match `sex`), then the check character.
 */
export function makeIdNumber(p: { region: string; birth: { y: number; m: number; d: number }; sequence: number; sex: 'male' | 'female' }): string {
  if (!/^[1-9]\d{5}$/.test(p.region)) throw new Error('region code must be 6 digits');
  let seq = Math.abs(Math.trunc(p.sequence)) % 1000;
  if ((seq % 2 === 1) !== (p.sex === 'male')) seq = seq === 999 ? 998 : seq + 1;
  const body = `${p.region}${pad(p.birth.y, 4)}${pad(p.birth.m, 2)}${pad(p.birth.d, 2)}${pad(seq, 3)}`;
  if (!isRealDate(p.birth.y, p.birth.m, p.birth.d)) throw new Error('birth date is not a real date');
  return body + idCheckChar(body);
}

function isRealDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** True for an 18-character resident ID number with a real birth date (1900 to today) and the right check character. */
export function isValidIdNumber(s: string): boolean {
  if (!/^[1-9]\d{16}[\dX]$/.test(s)) return false;
  const y = Number(s.slice(6, 10)), m = Number(s.slice(10, 12)), d = Number(s.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d) || Date.UTC(y, m - 1, d) > Date.now()) return false;
  return idCheckChar(s.slice(0, 17)) === s[17];
}

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'; // 31 characters: no I, O, S, V, Z
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 11714 check character of an 8-character organisation code body. */
function orgCodeCheck(body8: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += USCC_CHARS.indexOf(body8[i]!) * ORG_WEIGHTS[i]!;
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

function usccCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_CHARS.indexOf(first17[i]!) * USCC_WEIGHTS[i]!;
  return USCC_CHARS[(31 - (sum % 31)) % 31]!;
}

/** A unified social credit code of a company (registration authority 9 = 工商, type 1 = 企业) in `region`. */
export function makeCreditCode(region: string, serial: number): string {
  const body8 = pad(Math.abs(Math.trunc(serial)) % 1e8, 8);
  const first17 = `91${region}${body8}${orgCodeCheck(body8)}`;
  return first17 + usccCheck(first17);
}

/** True for an 18-character unified social credit code whose two check characters are right. */
export function isValidCreditCode(s: string): boolean {
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(s)) return false;
  if (orgCodeCheck(s.slice(8, 16)) !== s[16]) return false;
  return usccCheck(s.slice(0, 17)) === s[17];
}
