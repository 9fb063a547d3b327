import type { AppEvent, CallEnvelope } from '../../src-shared/contract/contract';
import type { Result } from '../../src-shared/contract/errors';

/** How calls and events travel: Electron IPC or the loopback web door. Same shape as the desktop bridge. */
export interface Transport {
  kind: 'desktop' | 'web';
  call(envelope: CallEnvelope): Promise<Result<unknown>>;
  onEvent(listener: (e: AppEvent) => void): () => void;
}
