import type { Volume } from '../../../../src-shared/contract/calls/documentCalls';

/** One document of the volume, as the export needs it. */
export interface PlannedDocument {
  id: string;
  title: string;
  category: string;
  numbered: boolean;
  /** Volume page number of its first page (null when unnumbered). */
  firstPage: number | null;
  /** Pages the catalogue counts for it: the export always gives it exactly this many pages. */
  pageCount: number;
  /** Its PDF (the original, or an image's PDF rendition); null with `missingReason` when there is none. */
  readPdf: () => Uint8Array | null;
  missingReason?: string;
  /** Filed after the 备考表 in catalogue order (a scanned 卷底): goes after the generated 备考表. */
  afterNotes: boolean;
}

/** Everything the volume PDF shows, gathered from the database before any PDF work starts. */
export interface VolumePlan {
  courtName: string;
  caseNumber: string;
  cause: string;
  /** 民事一审, 刑事一审, 执行… */
  caseKind: string;
  volume: Volume;
  /** 原告：张三、李四 — one line per side. */
  parties: { label: string; names: string[] }[];
  judgeName: string | null;
  filedOn: string;
  closedAt: string | null;
  /** Sum of the numbered documents' pages: 本卷共 N 页. */
  numberedPages: number;
  documents: PlannedDocument[];
  /** Written to the PDF metadata. */
  createdAt: Date;
}

/** What happened to a document that could not be merged. */
export interface MergeProblem {
  documentId: string;
  reason: string;
}
