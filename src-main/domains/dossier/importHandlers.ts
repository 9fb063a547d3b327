import { CallFailure } from '../../../src-shared/contract/errors';
import type { Handler } from '../../services/callContext';

const notYet = (): never => {
  throw new CallFailure('INTERNAL', '此功能尚未完成');
};

export const importFiles: Handler<'documents.import'> = notYet;
export const content: Handler<'documents.content'> = notYet;
export const pageText: Handler<'documents.pageText'> = notYet;
export const coverSheet: Handler<'dossier.coverSheet'> = notYet;
