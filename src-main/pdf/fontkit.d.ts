// fontkit 1.9 ships no type declarations; pdf-lib describes the part of it that it uses.
declare module 'fontkit' {
  import type { PDFDocument } from 'pdf-lib';
  const fontkit: Parameters<PDFDocument['registerFontkit']>[0];
  export default fontkit;
}
