/** The address of a document in the reader, opened at a page (0-based index; the address shows it 1-based). */
export const readerPath = (caseId: string, documentId: string, pageIndex = 0): string =>
  `/cases/${caseId}/read/${documentId}/${pageIndex + 1}`;

/** The address of a whole volume in the reader (阅卷), optionally at a document's page (0-based index). */
export const volumeReaderPath = (caseId: string, volume: string, documentId?: string, pageIndex = 0): string =>
  `/reading/${caseId}/${volume}${documentId ? `/${documentId}/${pageIndex + 1}` : ''}`;
