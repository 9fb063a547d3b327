import { existsSync } from 'node:fs';

/**
 * In an installed Electron app the code lives in app.asar; files listed under asarUnpack in
 * electron-builder.yml also exist as plain files in app.asar.unpacked. Worker threads, native modules,
 * WebAssembly and data read by path (pdf.js cMaps, tesseract's language data) use the plain copy, so they
 * never depend on asar support inside worker threads. Anywhere else the path is returned unchanged.
 */
export function outsideAsar(path: string): string {
  const unpacked = path.replace(/app\.asar(?=[\\/])/u, 'app.asar.unpacked');
  return unpacked !== path && existsSync(unpacked) ? unpacked : path;
}
