import type { AppEvent } from '../../src-shared/contract/contract';

/**
 * Reads a server-sent-events stream with fetch (EventSource cannot send the Authorization header),
 * hands each `data:` message to `onEvent`, and reconnects with a growing delay when the stream drops.
 * Returns a function that stops it.
 */
export function readEventStream(url: string, headers: Record<string, string>, onEvent: (e: AppEvent) => void): () => void {
  const controller = new AbortController();
  let delay = 1000;

  const dispatch = (block: string): void => {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).trimStart())
      .join('\n');
    if (!data) return;
    try {
      onEvent(JSON.parse(data) as AppEvent);
    } catch {
      // A malformed message is dropped; the stream goes on.
    }
  };

  const run = async (): Promise<void> => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(url, { headers, signal: controller.signal, cache: 'no-store' });
        if (!response.ok || !response.body) throw new Error(`events: HTTP ${response.status}`);
        delay = 1000;
        const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
        let buffer = '';
        for (;;) {
          const { value, done } = await reader.read();
          if (done) break;
          buffer += value.replace(/\r\n?/g, '\n');
          let cut: number;
          while ((cut = buffer.indexOf('\n\n')) >= 0) {
            dispatch(buffer.slice(0, cut));
            buffer = buffer.slice(cut + 2);
          }
        }
      } catch {
        if (controller.signal.aborted) return;
      }
      await new Promise((resolve) => setTimeout(resolve, delay));
      delay = Math.min(delay * 2, 30_000);
    }
  };
  void run();
  return () => controller.abort();
}
