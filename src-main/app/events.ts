import { EventEmitter } from 'node:events';
import type { AppEvent } from '../../src-shared/contract/contract';

/** Pushes events (progress of long work, data changes) to every door that listens. */
export class EventBus {
  private readonly emitter = new EventEmitter();

  constructor() {
    this.emitter.setMaxListeners(100);
  }

  emit(event: AppEvent): void {
    this.emitter.emit('event', event);
  }

  subscribe(listener: (event: AppEvent) => void): () => void {
    this.emitter.on('event', listener);
    return () => this.emitter.off('event', listener);
  }
}
