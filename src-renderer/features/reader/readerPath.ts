/** The address of a document in the reader, opened at a page (0-based index; the address shows it 1-based). */
export const readerPath = (caseId: string, documentId: string, pageIndex = 0): string =>
  `/cases/${caseId}/read/${documentId}/${pageIndex + 1}`;
