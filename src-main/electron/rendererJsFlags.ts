/**
 * V8 flags of Court Desk's renderer processes: the Electron shell appends them to Chromium's command line, and the
 * end-to-end tests and benches start Chromium with them, so both run the engine users run.
 *
 * A young generation (semi-space) of at most 1 MB instead of V8's default of up to 16 MB. Paging through a volume
 * makes short-lived garbage (pdf.js's drawing instructions in the page and its worker, React's renders); V8 lets the
 * young generation grow to about 50 MB in the page and 20 MB more in pdf.js's worker to hold it between collections.
 * Measured with `npm run bench -- reader` (1,000 pages stepped): renderer PSS 287–290 MB, against 376–450 MB without
 * the flag; first page and time per page within the runs' noise. The price is more frequent collections where much
 * JavaScript runs at once: the sidebar of 10,000 annotations shows in 1.91 s instead of 1.73 s (annotations-sidebar).
 * Tried and not kept: 2 MB (about the same memory), --heap-growing-percent=30 and --optimize-for-size (less memory,
 * but the first page and every page turn slower by a quarter or more).
 */
export const RENDERER_JS_FLAGS = '--max-semi-space-size=1';
