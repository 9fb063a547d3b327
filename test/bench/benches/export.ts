import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp } from '../../../src-main/app/appContext';
import { exportVolumePdf } from '../../../src-main/domains/dossier/volumeExport/exportVolumePdf';
import { renderChineseDocument } from '../../../src-main/pdf/chineseDocument';
import { runWrite } from '../../../src-main/write/runWrite';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { seedSmallCourt } from '../../helpers/smallCourt';
import type { Bench } from '../run';
import { summarize } from '../stats';

const DOCUMENTS = 100;
const SOURCES = 10;
const PARAGRAPH = '原告与被告于二〇二五年三月签订买卖合同一份，约定被告向原告购买钢材一批，货款合计人民币壹佰贰拾万元，于货到后三十日内付清。合同签订后，原告依约交付了全部货物，被告出具了收货确认单，但至今仅支付货款三十万元，余款经原告多次催要未果。';

/** Ten distinct Chinese PDFs of about ten pages each (real text, embedded subset font), reused across 100 documents. */
async function sources(): Promise<{ bytes: Uint8Array; pageCount: number }[]> {
  const out: { bytes: Uint8Array; pageCount: number }[] = [];
  for (let i = 0; i < SOURCES; i++) {
    out.push(await renderChineseDocument({ title: `证据材料第${i + 1}组`, paragraphs: Array.from({ length: 76 }, (_, k) => `${k + 1}. ${PARAGRAPH}`), createdAt: new Date(2026, 0, 1) }));
  }
  return out;
}

const bench: Bench = {
  name: 'export',
  description: `dossier.exportVolume of a 正卷 of ${DOCUMENTS} documents (~1,000 pages of Chinese text): cover, 目录, merge, stamps, outline, 备考表`,
  async run({ runs }) {
    const dir = mkdtempSync(join(tmpdir(), 'court-desk-bench-export-'));
    const app = openApp(dir);
    try {
      const court = seedSmallCourt(app);
      const caseId = court.caseIds[0]!;
      const pdfs = await sources();
      const actor = { userId: null, userName: 'bench', role: 'admin', via: 'bench' };
      let pages = 0;
      runWrite(app.db, { actor, call: 'bench.seed', caseId, now: new Date() }, (tx) => {
        const stored = pdfs.map((p) => ({ ...app.blobs.put(p.bytes), pageCount: p.pageCount }));
        for (const b of stored) tx.insert('blob', b.sha256, { size_bytes: b.sizeBytes, media_type: 'application/pdf', created_at: new Date().toISOString() });
        for (let i = 0; i < DOCUMENTS; i++) {
          const b = stored[i % SOURCES]!;
          pages += b.pageCount;
          tx.insert('document', uuidv7(), {
            case_id: caseId, title: `证据${i + 1}：往来函件及附件`, category: '证据材料', volume: 'main', blob_sha256: b.sha256,
            page_count: b.pageCount, size_bytes: b.sizeBytes, position: (i + 1) * 1024, created_at: new Date().toISOString(),
          });
        }
      });
      const samples: number[] = [];
      let sizeBytes = 0;
      for (let i = 0; i < Math.min(runs, 3); i++) {
        const t0 = performance.now();
        sizeBytes = (await exportVolumePdf(app, caseId, 'main')).byteLength;
        samples.push(performance.now() - t0);
      }
      const ms = summarize(samples);
      return { documents: DOCUMENTS, documentPages: pages, exportSeconds: Math.round(ms.median) / 1000, exportMs: ms, outputMB: Math.round(sizeBytes / 1e4) / 100 };
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
export default bench;
