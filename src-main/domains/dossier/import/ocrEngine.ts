import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { outsideAsar } from '../../../app/asarPaths';
import { tidyOcrText } from './ocrText';
import type { PixelLine } from './ocrPageLines';

type Tesseract = typeof import('tesseract.js');
type TesseractWorker = Awaited<ReturnType<Tesseract['createWorker']>>;

const LANG = 'chi_sim';
/** The LSTM "best_int" model: the one tesseract.js uses by default for OEM LSTM_ONLY, 1.7 MB gzipped. */
const MODEL_FOLDER = '4.0.0_best_int';

/**
 * Everything tesseract.js needs, as local files: the language data from @tesseract.js-data/chi_sim, the
 * core (WebAssembly) from tesseract.js-core and tesseract.js's own Node worker script. With a local langPath
 * tesseract.js reads `<langPath>/chi_sim.traineddata.gz` with fs; cacheMethod 'none' stops it from reading
 * or writing a cache copy in the working folder. Nothing is fetched.
 */
export function ocrPaths(): { langPath: string; corePath: string; workerPath: string; dataFile: string } {
  const require = createRequire(import.meta.url);
  const langPath = outsideAsar(join(dirname(require.resolve('@tesseract.js-data/chi_sim/package.json')), MODEL_FOLDER));
  const dataFile = join(langPath, `${LANG}.traineddata.gz`);
  return {
    langPath,
    dataFile,
    corePath: outsideAsar(dirname(require.resolve('tesseract.js-core/package.json'))),
    workerPath: outsideAsar(join(dirname(require.resolve('tesseract.js/package.json')), 'src/worker-script/node/index.js')),
  };
}

/**
 * One tesseract.js worker (its own worker thread, WebAssembly) for Simplified Chinese. Creating it takes
 * about half a second, so a batch of pages shares one; end it with terminate().
 */
export class OcrEngine {
  private constructor(private readonly worker: TesseractWorker) {}

  static async create(): Promise<OcrEngine> {
    const paths = ocrPaths();
    if (!existsSync(paths.dataFile)) throw new Error(`缺少文字识别数据文件：${paths.dataFile}`);
    const require = createRequire(import.meta.url);
    const tesseract = require('tesseract.js') as Tesseract;
    const worker = await tesseract.createWorker(LANG, tesseract.OEM.LSTM_ONLY, {
      langPath: paths.langPath,
      corePath: paths.corePath,
      workerPath: paths.workerPath,
      gzip: true,
      cacheMethod: 'none',
      // Without a handler tesseract.js rethrows worker errors as uncaught exceptions in this process.
      errorHandler: () => undefined,
    });
    // Keep Chinese runs together (fewer spaces between characters) and tell it the rendering resolution.
    await worker.setParameters({ preserve_interword_spaces: '1', user_defined_dpi: '200' });
    return new OcrEngine(worker);
  }

  /**
   * Text of one page image (PNG or JPEG bytes), tidied for Chinese, and its lines with their boxes in image
   * pixels (tesseract's `blocks` output: blocks → paragraphs → lines), for the reader's text layer.
   */
  async recognize(image: Uint8Array): Promise<{ text: string; lines: PixelLine[] }> {
    const result = await this.worker.recognize(Buffer.from(image.buffer, image.byteOffset, image.byteLength), {}, { text: true, blocks: true });
    const lines: PixelLine[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) lines.push({ bbox: line.bbox, text: line.text });
      }
    }
    return { text: tidyOcrText(result.data.text ?? ''), lines };
  }

  async terminate(): Promise<void> {
    await this.worker.terminate().catch(() => undefined);
  }
}
