import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { openApp, type AppContext } from '../../../src-main/app/appContext';
import { placeNewDocument } from '../../../src-main/domains/dossier/catalogueOrder';
import { embedCjkFont } from '../../../src-main/pdf/exportFont';
import { createDispatcher, type Dispatch } from '../../../src-main/services/dispatcher';
import { runWrite } from '../../../src-main/write/runWrite';
import { findCategory } from '../../../src-shared/catalogue/categories';
import type { CaseStage } from '../../../src-shared/domain/caseStages';
import { uuidv7 } from '../../../src-shared/util/uuidv7';

const FIXTURE = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };

/** A real app with the demo seed (court, users, 33 cases with real PDFs), logged in as the demo clerk. */
export interface DemoDossier {
  dir: string;
  app: AppContext;
  dispatch: Dispatch;
  session: string;
  call<T = unknown>(name: string, input: unknown): Promise<T>;
  /** The raw result, for error cases. */
  attempt(name: string, input: unknown): Promise<{ ok: boolean; error?: { code: string; message: string } }>;
  caseId(caseNumber: string): string;
  close(): void;
}

export async function openDemoDossier(now?: Date): Promise<DemoDossier> {
  const dir = mkdtempSync(join(tmpdir(), 'court-desk-dossier-'));
  const app = openApp(dir, now ? { now: () => now } : {});
  const dispatch = createDispatcher(app);
  const seeded = await dispatch({ name: 'demo.seed', input: {} }, { via: 'test' });
  if (!seeded.ok) throw new Error(`demo.seed: ${seeded.error.message}`);
  const login = await dispatch({ name: 'auth.login', input: { userName: 'clerk', password: 'demo-2026' } }, { via: 'test' });
  if (!login.ok) throw new Error(`login: ${login.error.message}`);
  const session = (login.value as { sessionId: string }).sessionId;
  const attempt = async (name: string, input: unknown) => {
    const r = await dispatch({ name, input, sessionId: session }, { via: 'test' });
    return r.ok ? { ok: true } : { ok: false, error: r.error };
  };
  return {
    dir, app, dispatch, session, attempt,
    async call<T>(name: string, input: unknown) {
      const r = await dispatch({ name, input, sessionId: session }, { via: 'test' });
      if (!r.ok) throw new Error(`${name}: [${r.error.code}] ${r.error.message}`);
      return r.value as T;
    },
    caseId(caseNumber) {
      const row = app.db.prepare('SELECT id FROM cases WHERE case_number = ?').get(caseNumber) as { id: string } | undefined;
      if (!row) throw new Error(`no case ${caseNumber}`);
      return row.id;
    },
    close() {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A PDF with `pageCount` A4 pages, each headed with the title and "第 n 页" in Chinese. */
export async function makePdf(title: string, pageCount: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await embedCjkFont(pdf);
  for (let i = 0; i < pageCount; i++) {
    const page = pdf.addPage([595.28, 841.89]);
    page.drawText(title, { x: 72, y: 760, size: 18, font });
    page.drawText(`原件第 ${i + 1} 页`, { x: 72, y: 720, size: 12, font });
  }
  return pdf.save();
}

export interface FixtureDocument {
  title: string;
  category: string;
  /** Text of each page; '' makes a page without text (text_source 'none'). */
  pages: string[];
  /** The stored original; by default a generated PDF with pages.length pages. */
  bytes?: Uint8Array;
  mediaType?: string;
  /** Place it at the end of its volume, not in catalogue order (to make an out-of-order dossier). */
  atEnd?: boolean;
  /** Volume to file it in; by default its category's. */
  volume?: 'main' | 'internal';
  /** The PDF made from an image original (documents.rendition_sha256). */
  rendition?: Uint8Array;
}

/** Adds a document with its pages the way the import does (blob, document, pages in one write), placed by placeNewDocument. */
export async function addDocument(app: AppContext, caseId: string, doc: FixtureDocument): Promise<string> {
  const bytes = doc.bytes ?? (await makePdf(doc.title, doc.pages.length));
  const { sha256, sizeBytes } = app.blobs.put(bytes);
  const id = uuidv7();
  const caseType = (app.db.prepare('SELECT case_type FROM cases WHERE id = ?').get(caseId) as { case_type: string }).case_type;
  const volume = doc.volume ?? findCategory(caseType, doc.category)?.volume ?? 'main';
  const at = app.now().toISOString();
  const rendition = doc.rendition ? app.blobs.put(doc.rendition) : null;
  runWrite(app.db, { actor: FIXTURE, call: 'test.addDocument', caseId, now: app.now() }, (tx) => {
    if (!app.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256)) {
      tx.insert('blob', sha256, { size_bytes: sizeBytes, media_type: doc.mediaType ?? 'application/pdf', created_at: at });
    }
    if (rendition && !app.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(rendition.sha256)) {
      tx.insert('blob', rendition.sha256, { size_bytes: rendition.sizeBytes, media_type: 'application/pdf', created_at: at });
    }
    const position = doc.atEnd
      ? ((app.db.prepare('SELECT max(position) AS p FROM documents WHERE case_id = ? AND volume = ?').get(caseId, volume) as { p: number | null }).p ?? 0) + 1
      : placeNewDocument(tx, app.db, caseId, volume, doc.category);
    tx.insert('document', id, {
      case_id: caseId, title: doc.title, category: doc.category, volume, blob_sha256: sha256, page_count: doc.pages.length,
      size_bytes: sizeBytes, position, created_at: at, media_type: doc.mediaType ?? 'application/pdf', category_source: 'auto', category_confidence: 0.9,
      rendition_sha256: rendition?.sha256 ?? null,
    });
    doc.pages.forEach((text, i) =>
      tx.insert('page', uuidv7(), { document_id: id, page_index: i, text, text_source: text === '' ? 'none' : 'pdf', width: 595.28, height: 841.89 }),
    );
  });
  return id;
}

/** Moves a case to a stage directly (fixture only: the app moves stages through cases.advanceStage). */
export function setStage(app: AppContext, caseId: string, stage: CaseStage): void {
  runWrite(app.db, { actor: FIXTURE, call: 'test.setStage', caseId, now: app.now() }, (tx) => tx.update('case', caseId, { stage }));
}
