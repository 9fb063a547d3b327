import { CallFailure } from '../../../src-shared/contract/errors';
import type { Handler } from '../../services/callContext';

export const seed: Handler<'demo.seed'> = () => {
  throw new CallFailure('INTERNAL', '演示数据尚未实现');
};
