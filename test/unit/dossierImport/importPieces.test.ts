import { existsSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCoverCode, parseCoverCode } from '../../../src-main/domains/dossier/import/coverSheetCode';
import { chooseTitle, titleFromFileName } from '../../../src-main/domains/dossier/import/documentTitle';
import { ocrPaths } from '../../../src-main/domains/dossier/import/ocrEngine';
import { tidyOcrText } from '../../../src-main/domains/dossier/import/ocrText';
import { readImageInfo, sniffFile } from '../../../src-main/domains/dossier/import/sniffFile';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('sniffFile', () => {
  it('tells PDF, JPEG and PNG from their bytes, never from a name', () => {
    expect(sniffFile(bytes('%PDF-1.7\n'))).toBe('application/pdf');
    expect(sniffFile(bytes('junk before the header\n%PDF-1.4'))).toBe('application/pdf');
    expect(sniffFile(bytes('x'.repeat(1100), '%PDF-1.4'))).toBeNull(); // past the first 1024 bytes
    expect(sniffFile(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffFile(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('image/png');
    expect(sniffFile(bytes('GIF89a'))).toBeNull();
    expect(sniffFile(new Uint8Array())).toBeNull();
  });

  it('reads image size and resolution from PNG pHYs and JPEG JFIF headers', () => {
    const u32 = (n: number) => [(n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255];
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], u32(13), 'IHDR', u32(1654), u32(2339), [8, 6, 0, 0, 0], u32(0), u32(9), 'pHYs', u32(7874), u32(7874), [1], u32(0), u32(0), 'IDAT');
    expect(readImageInfo(png, 'image/png')).toEqual({ width: 1654, height: 2339, dpi: 200 });
    const jpeg = bytes([0xff, 0xd8], [0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 1, 0, 150, 0, 150, 0, 0], [0xff, 0xc0, 0, 11, 8, 0x06, 0xdb, 0x04, 0xd8, 3]);
    expect(readImageInfo(jpeg, 'image/jpeg')).toEqual({ width: 1240, height: 1755, dpi: 150 });
    expect(readImageInfo(bytes([0xff, 0xd8, 0x00]), 'image/jpeg')).toBeNull();
  });
});

describe('tidyOcrText', () => {
  it('removes the spaces OCR puts between Chinese characters, keeps those between Latin words and numbers', () => {
    expect(tidyOcrText('民事 起 诉状\n\n\n\n原告 : 张 三 ， 男 ，1980 年 5 月')).toBe('民事起诉状\n\n原告:张三，男，1980年5月');
    expect(tidyOcrText('  Court Desk 办案 台 v1 2  ')).toBe('Court Desk办案台v1 2');
  });
});

describe('chooseTitle', () => {
  it('takes a heading from the first lines when it reads like a court paper’s title, else the file name', () => {
    expect(chooseTitle('scan_0001.pdf', '江苏省南京市玄武区人民法院\n民 事 判 决 书\n（2026）苏0102民初1号')).toBe('民事判决书');
    expect(chooseTitle('scan_0001.pdf', '送达回证\n案号')).toBe('送达回证');
    expect(chooseTitle('借条复印件.pdf', '今借到张三人民币伍万元整，于2024年12月31日前归还。')).toBe('借条复印件');
    expect(chooseTitle('C:\\scans\\IMG_2.JPG', '')).toBe('IMG_2');
    expect(titleFromFileName('.pdf')).toBe('未命名材料');
  });
});

describe('cover sheet code', () => {
  it('round-trips case and category, and ignores other QR codes', () => {
    const code = { caseId: '01900000-0000-7000-8000-000000000001', caseNumber: '（2026）苏0199民初1号', category: '证据材料' };
    expect(JSON.parse(encodeCoverCode(code))).toEqual({ v: 1, case: code.caseId, no: code.caseNumber, cat: '证据材料' });
    expect(parseCoverCode(encodeCoverCode(code))).toEqual(code);
    expect(parseCoverCode('https://example.com')).toBeNull();
    expect(parseCoverCode('{"v":2,"case":"01900000-0000-7000-8000-000000000001","cat":"x"}')).toBeNull();
    expect(parseCoverCode('{"v":1,"case":"../../etc","cat":"x"}')).toBeNull();
  });
});

describe('OCR uses local files only', () => {
  it('points tesseract.js at the installed chi_sim data, core and worker script: paths, not URLs', () => {
    const paths = ocrPaths();
    for (const p of [paths.langPath, paths.corePath, paths.workerPath]) {
      expect(isAbsolute(p)).toBe(true);
      expect(existsSync(p)).toBe(true);
    }
    expect(existsSync(paths.dataFile)).toBe(true);
    expect(paths.dataFile).toMatch(/4\.0\.0_best_int[\\/]chi_sim\.traineddata\.gz$/);
  });
});
