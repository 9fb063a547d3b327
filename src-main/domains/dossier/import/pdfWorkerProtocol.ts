import type { PageFacts, RenderedPage } from './pdfPages';
import type { ImageInfo } from './sniffFile';

/**
 * Jobs the file worker thread does with untrusted files. It keeps the last opened PDF (docKey: the file's
 * SHA-256) so later jobs on it need not send the bytes again (the client sends null then).
 * - open: parse the PDF, check password and page limit, say how many pages it has;
 * - extract: the text and size of pages from..to (1-based, inclusive; all when absent);
 * - render: one page as PNG (OCR) or RGBA;
 * - coverCode: a scan cover sheet's QR code on the first page (PDF) or the image;
 * - dropFirstPage: the PDF without its first page (the cover sheet);
 * - imageRendition: a one-page PDF showing a JPEG/PNG (decoding a PNG takes a while: not on the main thread).
 */
export type PdfJob =
  | { kind: 'open'; docKey: string; bytes: Uint8Array | null; password?: string; maxPages: number }
  | { kind: 'extract'; docKey: string; bytes: Uint8Array | null; password?: string; maxPages: number; from?: number; to?: number }
  | {
      kind: 'render';
      docKey: string;
      bytes: Uint8Array | null;
      password?: string;
      pageIndex: number;
      dpi: number;
      maxPixels: number;
      format: 'png' | 'rgba';
    }
  | { kind: 'coverCode'; docKey: string; bytes: Uint8Array; mediaType: 'application/pdf' | 'image/jpeg' | 'image/png' }
  | { kind: 'dropFirstPage'; docKey: string; bytes: Uint8Array }
  | { kind: 'imageRendition'; docKey: string; bytes: Uint8Array; mediaType: 'image/jpeg' | 'image/png'; info: ImageInfo };

export interface ExtractResult {
  pageCount: number;
  /** The pages asked for, in order. */
  pages: PageFacts[];
}

type ResultOf = {
  open: { pageCount: number };
  extract: ExtractResult;
  render: RenderedPage;
  coverCode: { text: string | null };
  dropFirstPage: { bytes: Uint8Array; pageCount: number };
  imageRendition: { pdf: Uint8Array; width: number; height: number };
};

export type PdfJobResult<J extends PdfJob> = ResultOf[J['kind']];
export type AnyJobResult = ResultOf[keyof ResultOf];

/** Jobs that open (and leave held) the PDF named by docKey. */
export const opensDocument = (job: PdfJob): boolean =>
  job.kind === 'open' || job.kind === 'extract' || job.kind === 'render' || (job.kind === 'coverCode' && job.mediaType === 'application/pdf');

/** Why the worker could not do a job; the client turns it into a Chinese reason. */
export interface PdfFailure {
  /** 'refused': the detail is already the Chinese reason (an ImportRefusal raised in the worker). */
  kind: 'need-password' | 'wrong-password' | 'invalid' | 'no-pages' | 'too-many-pages' | 'broken-page' | 'no-document' | 'refused' | 'internal';
  detail: string;
  page?: number;
  pages?: number;
}

export type WorkerReply =
  | { id: number; type: 'progress'; page: number; pages: number }
  | { id: number; type: 'done'; result: AnyJobResult }
  | { id: number; type: 'failed'; failure: PdfFailure };
