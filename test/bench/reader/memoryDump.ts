// Where a renderer's memory sits, from Chromium's own memory-infra dump (the allocators chrome://tracing shows):
// the page's and the workers' V8 heaps, Blink's garbage-collected heap (DOM), malloc, canvas pixels, compositor
// tiles. Reported beside the PSS figures so a change can be aimed at the part that grows.
import type { Browser } from 'playwright-core';

interface TraceEvent {
  pid: number;
  args?: { dumps?: { allocators?: Record<string, { attrs?: Record<string, { value?: string }> }> } };
}

/** Allocators reported: the top-level ones and the main/worker split of V8 and Blink GC. */
const REPORTED = /^(v8|v8\/main|v8\/workers|blink_gc|blink_gc\/main|blink_gc\/workers|malloc|partition_alloc|shared_memory|cc|canvas|gpu|skia|font_caches|web_cache|parkable_strings|blink_objects)$/;

/** MB per allocator of process `pid` (one detailed dump); null when the browser cannot give one. */
export async function allocatorMemory(browser: Browser, pid: number): Promise<Record<string, number> | null> {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => {
      events.push(...(e.value as unknown as TraceEvent[]));
    });
    const complete = new Promise<void>((ok) => cdp.on('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.start', {
      traceConfig: { includedCategories: ['disabled-by-default-memory-infra'], excludedCategories: ['*'], memoryDumpConfig: { triggers: [] } },
      transferMode: 'ReportEvents',
    } as never);
    await cdp.send('Tracing.requestMemoryDump' as never, { levelOfDetail: 'detailed' } as never);
    await cdp.send('Tracing.end');
    await complete;
    const out: Record<string, number> = {};
    for (const e of events) {
      if (e.pid !== pid) continue;
      for (const [name, dump] of Object.entries(e.args?.dumps?.allocators ?? {})) {
        const size = dump.attrs?.size?.value;
        if (REPORTED.test(name) && size) out[name] = Math.round(parseInt(size, 16) / 104857.6) / 10;
      }
    }
    return Object.keys(out).length ? Object.fromEntries(Object.entries(out).sort((a, b) => b[1] - a[1])) : null;
  } catch {
    return null;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
