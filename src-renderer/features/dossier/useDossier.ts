import { useCallback, useEffect } from 'react';
import { api, onEvent } from '../../api/api';
import { useLoad } from '../../ui/useLoad';

/**
 * The e-dossier of a case: its documents (documents.list), catalogue (dossier.categories) and completeness
 * check. Listening to data events also keeps the event stream open, so an import's progress arrives from its start.
 */
export function useDossier(caseId: string) {
  const documents = useLoad(() => api.documents.list({ caseId }), [caseId]);
  const categories = useLoad(() => api.dossier.categories({ caseId }), [caseId]);
  const check = useLoad(() => api.dossier.check({ caseId }), [caseId]);
  const reloadDocs = documents.reload;
  const reloadCheck = check.reload;
  const reload = useCallback(() => {
    reloadDocs();
    reloadCheck();
  }, [reloadDocs, reloadCheck]);

  // Another window, the scanner folder or another device changed the dossier: show it.
  useEffect(() => onEvent((e) => e.topic === 'data' && reload()), [reload]);

  return { documents, categories, check, reload };
}
