import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import type { Annotation } from '../../../../src-shared/annotations/annotation';

export const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: 'utf8', timeout: 60_000 });
export const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The case facts a 阅卷笔录 of the tests heads its pages with. */
export const NOTES_CASE = {
  caseNumber: '（2025）京0105民初1234号',
  courtName: '北京市朝阳区人民法院',
  cause: '民间借贷纠纷',
  author: '王法官',
  createdAt: '2025-03-14T02:30:00.000Z',
};

let seq = 0;
/** An annotation with sensible defaults; tests give what matters to them. */
export function annotation(over: Partial<Annotation> & Pick<Annotation, 'kind'>): Annotation {
  seq += 1;
  return {
    id: `ann-${String(seq).padStart(4, '0')}`,
    documentId: 'doc-1',
    pageIndex: 0,
    rects: [],
    ink: [],
    color: '#000000',
    opacity: 1,
    text: '',
    comment: '',
    tags: [],
    layer: 'private',
    anchor: null,
    authorId: 'user-judge',
    authorName: '王法官',
    createdAt: '2025-03-14T02:30:00.000Z',
    updatedAt: '2025-03-14T02:31:00.000Z',
    version: 1,
    ...over,
  };
}

export interface Word { text: string; xMin: number; yMin: number; xMax: number; yMax: number }
/** Words of one page (1-based) with their boxes as displayed (top-left origin, /Rotate applied), from pdftotext -bbox. */
export function words(file: string, page: number): { width: number; height: number; words: Word[] } {
  const html = run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']).stdout;
  const size = /<page width="([\d.]+)" height="([\d.]+)"/.exec(html)!;
  const list = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), yMax: Number(m[4]), text: m[5]!,
  }));
  return { width: Number(size[1]), height: Number(size[2]), words: list };
}

/** Renders one page (1-based) with pdftoppm at `dpi` and decodes it. */
export function rasterise(file: string, page: number, dpi: number, out: string): PNG {
  const r = run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  if (r.status !== 0) throw new Error(r.stderr);
  return PNG.sync.read(readFileSync(`${out}.png`));
}

/** How many pixels of the box (in PNG pixels) are within `tol` of the colour, as a fraction. */
export function colourShare(png: PNG, box: { x1: number; y1: number; x2: number; y2: number }, rgb: [number, number, number], tol = 12): number {
  let hit = 0;
  let all = 0;
  for (let y = Math.ceil(box.y1); y < Math.floor(box.y2); y++) {
    for (let x = Math.ceil(box.x1); x < Math.floor(box.x2); x++) {
      const i = (y * png.width + x) * 4;
      all++;
      if (Math.abs(png.data[i]! - rgb[0]) <= tol && Math.abs(png.data[i + 1]! - rgb[1]) <= tol && Math.abs(png.data[i + 2]! - rgb[2]) <= tol) hit++;
    }
  }
  return all === 0 ? 0 : hit / all;
}

export async function pdfjsOpen(bytes: Uint8Array) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, verbosity: 0 }).promise;
}
