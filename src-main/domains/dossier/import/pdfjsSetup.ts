import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { outsideAsar } from '../../../app/asarPaths';
import type * as PdfjsModule from 'pdfjs-dist/legacy/build/pdf.mjs';

export type Pdfjs = typeof PdfjsModule;
export type PdfDocument = PdfjsModule.PDFDocumentProxy;
export type PdfPage = PdfjsModule.PDFPageProxy;

/** Images larger than this (pixels) are not decoded; bounds the memory a hostile file can ask for. */
export const MAX_IMAGE_PIXELS = 50_000_000;

/** The installed pdfjs-dist folder (from the sources, the Electron bundle or an installed app's node_modules). */
function pdfjsDir(): string {
  return outsideAsar(dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')));
}

/** pdf.js wants its data locations as strings ending in '/'; in Node it reads them with fs, never over a network. */
const folder = (...parts: string[]): string => join(...parts).split('\\').join('/') + '/';

/**
 * The legacy build (plain Node, no DOM), loaded with import() from node_modules rather than bundled: it is
 * ESM with its own worker file and data folders beside it. esbuild keeps an import() of a computed URL as is.
 */
export async function loadPdfjs(): Promise<Pdfjs> {
  return (await import(pathToFileURL(join(pdfjsDir(), 'legacy/build/pdf.mjs')).href)) as Pdfjs;
}

/**
 * getDocument options for untrusted files: no eval (no font code compiled from the file), no XFA, no font
 * faces or system fonts, local CJK cMaps and standard fonts (Chinese text layers need the cMaps), bounded
 * image size, and only errors logged.
 */
export function documentOptions(bytes: Uint8Array, password?: string) {
  const dir = pdfjsDir();
  return {
    data: bytes,
    password,
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: folder(dir, 'cmaps'),
    cMapPacked: true,
    standardFontDataUrl: folder(dir, 'standard_fonts'),
    wasmUrl: folder(dir, 'wasm'),
    iccUrl: folder(dir, 'iccs'),
    maxImageSize: MAX_IMAGE_PIXELS,
    isOffscreenCanvasSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  };
}
