import { CallFailure } from '../../../src-shared/contract/errors';
import type { Handler } from '../../services/callContext';

export const pages: Handler<'search.pages'> = () => {
  throw new CallFailure('INTERNAL', '此功能尚未完成');
};
