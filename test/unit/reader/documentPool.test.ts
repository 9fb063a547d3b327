import type { PDFDocumentLoadingTask } from 'pdfjs-dist';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { DocumentPool } from '../../../src-renderer/features/reader/documentPool';

/** Resolves once the pool has told its listeners something `until` accepts. */
const settle = (pool: DocumentPool, until: () => boolean) =>
  new Promise<void>((resolve) => {
    if (until()) return resolve();
    const off = pool.subscribe(() => {
      if (!until()) return;
      off();
      resolve();
    });
  });

describe('the document pool of a volume read as one scroll (real PDFs, real pdf.js)', () => {
  const bytes = new Map<string, Uint8Array>();
  const fetched: string[] = [];
  const ids = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6', 'd7'];
  beforeAll(async () => {
    for (const [i, id] of ids.entries()) {
      const doc = await renderChineseDocument({ title: `材料${i + 1}`, paragraphs: Array.from({ length: (i + 1) * 12 }, (_, k) => `第${k + 1}段：借款事实。`) });
      bytes.set(id, doc.bytes);
    }
  });
  const newPool = async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return new DocumentPool({
      content: async (id) => {
        fetched.push(id);
        return bytes.get(id)!;
      },
      open: async (data) => pdfjs.getDocument({ data, isEvalSupported: false }) as unknown as PDFDocumentLoadingTask,
    });
  };

  it('opens only the documents wanted, with their page sizes', async () => {
    const pool = await newPool();
    fetched.length = 0;
    pool.want('viewer', ['d2']);
    await settle(pool, () => pool.pdfOf('d2') !== null);
    expect(fetched).toEqual(['d2']);
    expect(pool.pdfOf('d1')).toBeNull();
    const sizes = pool.sizesOf('d2')!;
    expect(sizes).toHaveLength(pool.pdfOf('d2')!.numPages);
    expect(Math.round(sizes[0]![0])).toBe(595);
    expect(pool.typicalSize()).toEqual(sizes[0]);
    pool.dispose();
  });

  it('keeps a few documents no longer wanted and closes the rest, least recently wanted first', async () => {
    const pool = await newPool();
    for (const id of ids) {
      pool.want('viewer', [id]);
      await settle(pool, () => pool.pdfOf(id) !== null);
    }
    pool.want('viewer', []);
    const open = ids.filter((id) => pool.pdfOf(id) !== null);
    expect(open).toEqual(['d4', 'd5', 'd6', 'd7']);
    // Thumbnails and the viewer ask separately: a document either wants stays open.
    pool.want('thumbnails', ['d1']);
    await settle(pool, () => pool.pdfOf('d1') !== null);
    expect(pool.pdfOf('d1')).not.toBeNull();
    pool.dispose();
    expect(ids.every((id) => pool.pdfOf(id) === null)).toBe(true);
  });
});
