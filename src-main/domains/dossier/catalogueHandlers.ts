import { CallFailure } from '../../../src-shared/contract/errors';
import type { Handler } from '../../services/callContext';

const notYet = (): never => {
  throw new CallFailure('INTERNAL', '此功能尚未完成');
};

export const list: Handler<'documents.list'> = notYet;
export const setCategory: Handler<'documents.setCategory'> = notYet;
export const reorder: Handler<'documents.reorder'> = notYet;
export const categories: Handler<'dossier.categories'> = notYet;
export const check: Handler<'dossier.check'> = notYet;
export const exportVolume: Handler<'dossier.exportVolume'> = notYet;
