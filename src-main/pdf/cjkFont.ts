import fontkit from 'fontkit';
import type { PDFDocument, PDFFont } from 'pdf-lib';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const FONT_FILE = 'NotoSansSC_400Regular.ttf';
const FONT_MODULE = `@expo-google-fonts/noto-sans-sc/400Regular/${FONT_FILE}`;

let cached: Uint8Array | null = null;

/** Where the font lives: the packaged build's assets folder first, then the installed npm package. */
function locateFont(): { path: string | null; tried: string[] } {
  const tried: string[] = [];
  const assets = process.env.COURT_DESK_ASSETS;
  if (assets) {
    const candidate = join(assets, 'fonts', FONT_FILE);
    tried.push(candidate);
    if (existsSync(candidate)) return { path: candidate, tried };
  }
  tried.push(FONT_MODULE);
  try {
    // import.meta.url is missing when bundled to CommonJS; the packaged build sets COURT_DESK_ASSETS instead.
    const base = typeof import.meta.url === 'string' ? import.meta.url : join(process.cwd(), 'package.json');
    return { path: createRequire(base).resolve(FONT_MODULE), tried };
  } catch {
    return { path: null, tried };
  }
}

/**
 * The bytes of Noto Sans SC Regular (TrueType), the font every generated Chinese PDF embeds.
 * Read once per process and cached; 10 MB, so callers share one copy. The value is a Node Buffer.
 */
export function loadCjkFontBytes(): Uint8Array {
  if (cached) return cached;
  const { path, tried } = locateFont();
  if (!path) {
    throw new Error(
      `找不到中文字体 ${FONT_FILE}（已查找：${tried.join('；')}）。` +
        '请设置环境变量 COURT_DESK_ASSETS 指向含 fonts/ 子目录的资源文件夹，或安装 @expo-google-fonts/noto-sans-sc。',
    );
  }
  cached = readFileSync(path); // a Buffer: fontkit 1.x probes the format with Buffer#toString
  return cached;
}

/**
 * fontkit parses lazily, but the 10 MB font's tables are still read once per `create`. Every PDF we write
 * embeds the same bytes, so parse them once and let each document build its own subset from that Font.
 */
type Fontkit = typeof fontkit;
let parsed: { bytes: Uint8Array; font: ReturnType<Fontkit['create']> } | null = null;
const sharedFontkit: Fontkit = {
  create(bytes, postscriptName) {
    // fontkit 1.x needs a Buffer (it probes the format with Buffer#toString).
    const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (postscriptName !== undefined) return fontkit.create(buffer, postscriptName);
    if (!parsed || parsed.bytes !== bytes) parsed = { bytes, font: fontkit.create(buffer) };
    return parsed.font;
  },
};

/** Embeds Noto Sans SC into `pdf` as a subset (only the glyphs the document draws; ~19 KB for a page of Chinese). */
export async function embedCjkFont(pdf: PDFDocument): Promise<PDFFont> {
  pdf.registerFontkit(sharedFontkit);
  return pdf.embedFont(loadCjkFontBytes(), { subset: true });
}
