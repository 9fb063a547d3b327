import { useEffect, useSyncExternalStore } from 'react';
import { useLabels } from '../../i18n/useLabels';
import { importStore } from './importStore';

export type { ImportBatch } from './importStore';

/** The import batches of a case (running or done), `start` for new files; `onImported` after each call. */
export function useImportBatches(caseId: string, onImported: () => void) {
  const { errorText } = useLabels();
  const batches = useSyncExternalStore(importStore.subscribe, () => importStore.batches(caseId));
  useEffect(() => importStore.onImported((id) => id === caseId && onImported()), [caseId, onImported]);
  return {
    batches,
    start: (files: File[]) => void importStore.start(caseId, files, errorText),
    dismiss: (key: string) => importStore.dismiss(caseId, key),
  };
}
