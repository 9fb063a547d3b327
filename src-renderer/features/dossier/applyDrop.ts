import { api } from '../../api/api';
import type { DropPlan } from './catalogue';

/** Carries out a drop in the catalogue: the new category first (it may move the document), then the order. */
export async function applyDrop(caseId: string, plan: DropPlan): Promise<void> {
  if (plan.category) await api.documents.setCategory({ id: plan.doc.id, category: plan.category, baseVersion: plan.doc.version });
  if (plan.orderedIds) await api.documents.reorder({ caseId, volume: plan.volume, orderedIds: plan.orderedIds });
}
