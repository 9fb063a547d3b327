import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { AppContext } from '../../src-main/app/appContext';
import { runWrite } from '../../src-main/write/runWrite';
import { uuidv7 } from '../../src-shared/util/uuidv7';

const FIXTURE = { userId: null, userName: 'test-fixture', role: 'admin', via: 'test' };

/** A real PDF whose page n reads `<marker> PAGE <n+1>`, stored as a blob and filed as a document of the case. */
export async function addPdfDocument(app: AppContext, caseId: string, spec: { marker: string; pages?: number; volume?: 'main' | 'internal'; title?: string }): Promise<string> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 0; i < (spec.pages ?? 3); i++) {
    pdf.addPage([595, 842]).drawText(`${spec.marker} PAGE ${i + 1}`, { x: 72, y: 700, size: 24, font });
  }
  const bytes = await pdf.save();
  const { sha256, sizeBytes } = app.blobs.put(bytes);
  const now = app.now().toISOString();
  const id = uuidv7();
  runWrite(app.db, { actor: FIXTURE, call: 'test.documents', caseId, now: app.now() }, (tx) => {
    if (!app.db.prepare('SELECT 1 FROM blobs WHERE sha256 = ?').get(sha256)) {
      tx.insert('blob', sha256, { size_bytes: sizeBytes, media_type: 'application/pdf', created_at: now });
    }
    tx.insert('document', id, {
      case_id: caseId, title: spec.title ?? spec.marker, category: '证据材料', blob_sha256: sha256, page_count: spec.pages ?? 3,
      size_bytes: sizeBytes, created_at: now, volume: spec.volume ?? 'main', position: 1000,
    });
  });
  return id;
}

export interface FixtureHearing {
  hearingId: string;
  plaintiffId: string;
  defendantId: string;
  participants: { plaintiff: string; defendant: string };
}

/** A hearing of the case with the bench, the clerk, and one participant for each of the first two parties. */
export function addHearing(app: AppContext, caseId: string): FixtureHearing {
  const [plaintiff, defendant] = app.db.prepare('SELECT id, name, role FROM parties WHERE case_id = ? ORDER BY position').all(caseId) as { id: string; name: string; role: string }[];
  const now = app.now().toISOString();
  const hearingId = uuidv7();
  const ids = { plaintiff: uuidv7(), defendant: uuidv7() };
  runWrite(app.db, { actor: FIXTURE, call: 'test.hearing', caseId, now: app.now() }, (tx) => {
    tx.insert('hearing', hearingId, { case_id: caseId, starts_at: '2026-03-02T09:00', courtroom: '第一法庭', state: 'opened', created_at: now, updated_at: now });
    tx.insert('hearing_participant', uuidv7(), { hearing_id: hearingId, role: 'presiding', name: '王法官', alias: '审', position: 1 });
    tx.insert('hearing_participant', ids.plaintiff, { hearing_id: hearingId, role: 'plaintiff', name: plaintiff!.name, party_id: plaintiff!.id, alias: '原', position: 2 });
    tx.insert('hearing_participant', ids.defendant, { hearing_id: hearingId, role: 'defendant', name: defendant!.name, party_id: defendant!.id, alias: '被', position: 3 });
  });
  return { hearingId, plaintiffId: plaintiff!.id, defendantId: defendant!.id, participants: ids };
}

/** Marks the hearing's transcript final (as the signing work does), so later changes must be refused. */
export function finaliseTranscript(app: AppContext, hearingId: string): void {
  const row = app.db.prepare('SELECT id, version FROM transcripts WHERE hearing_id = ?').get(hearingId) as { id: string; version: number };
  runWrite(app.db, { actor: FIXTURE, call: 'test.finalise', caseId: null, now: app.now() }, (tx) => {
    tx.update('transcript', row.id, { state: 'final', finalised_at: app.now().toISOString() }, row.version);
  });
}
