import type { Annotation } from '../../../../src-shared/annotations/annotation';
import { annotatePdf } from './annotatePdf';
import { readingNotesDocx } from './readingNotesDocx';
import { readingNotesPdf } from './readingNotesPdf';
import type { ReadingNotesInput } from './readingNotesModel';

/**
 * The files the export thread makes (exportWorker.ts): an annotated or flattened copy of a PDF, and the 阅卷笔录 as
 * PDF or .docx. Everything in a job is plain data, copied to the thread (the PDF's bytes are handed over).
 */
export type ExportJob =
  | { kind: 'annotatePdf'; bytes: Uint8Array; annotations: Annotation[]; flatten: boolean }
  | { kind: 'readingNotes'; format: 'pdf' | 'docx'; input: ReadingNotesInput };

export type ExportReply = { id: number; ok: true; bytes: Uint8Array } | { id: number; ok: false; message: string };

export function performExportJob(job: ExportJob): Promise<Uint8Array> {
  switch (job.kind) {
    case 'annotatePdf':
      return annotatePdf(job.bytes, job.annotations, { flatten: job.flatten });
    case 'readingNotes':
      return job.format === 'docx' ? readingNotesDocx(job.input) : readingNotesPdf(job.input);
  }
}

/** The buffer to hand over with `bytes` to or from the export thread, when the bytes fill it; else none (copied). */
export function handOver(bytes: Uint8Array): ArrayBuffer[] {
  const own = bytes.buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return own ? [bytes.buffer as ArrayBuffer] : [];
}
