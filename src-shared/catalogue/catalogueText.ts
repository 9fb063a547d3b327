/**
 * Text helpers of the classifier: OCR output and file names are noisy, so everything is compared in
 * one normal form.
 */

/** NFKC (full-width letters, digits and punctuation become ASCII) with all whitespace removed. */
export function squash(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000\u00a0\u200b]+/gu, '');
}

const EXTENSION = /\.(pdf|jpe?g|png|tiff?|bmp|gif|heic|ofd|docx?|wps)$/i;
const CJK = /\p{Script=Han}/u;

/** File names that say nothing about the paper: what scanners, phones and chat apps call their files. */
const GENERIC = new Set([
  '扫描', '扫描件', '扫描文件', '新建文档', '新建', '未命名', '文档', '文件', '图片', '照片', '微信图片', '附件',
  '材料', '副本', '复印件', '拍照', '截屏', '屏幕截图', '新建文件夹', '合并', '页',
]);

/** The title without its file extension, in normal form. */
export function cleanTitle(title: string): string {
  return squash(title.trim().replace(EXTENSION, ''));
}

/**
 * The normalised title used to remember corrections: no spaces, punctuation, digits, Latin letters or
 * file extension. Empty for a title that says nothing (scan_0012.pdf, IMG_2034.jpg, 扫描件(3).pdf):
 * a correction must never attach to such a name, or it would re-file every later scan.
 */
export function titleKeyOf(title: string): string {
  const key = cleanTitle(title).replace(/[\p{P}\p{S}\d\p{Script=Latin}_]/gu, '').slice(0, 40);
  if (!CJK.test(key) || GENERIC.has(key)) return '';
  return key;
}

/** How much of the first page counts as its heading (the court's name, then the document's own name). */
const HEAD_CHARS = 48;

export interface Evidence {
  /** The title in normal form; '' when the title is a file name that says nothing. */
  title: string;
  /** The first characters of the first page: where a scan shows its title. */
  head: string;
  /** The whole first page in normal form. */
  text: string;
}

export function evidenceOf(doc: { title: string; firstPageText: string }): Evidence {
  const text = squash(doc.firstPageText);
  return { title: titleKeyOf(doc.title) === '' ? '' : cleanTitle(doc.title), head: text.slice(0, HEAD_CHARS), text };
}
