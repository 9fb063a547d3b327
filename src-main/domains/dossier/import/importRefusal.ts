/**
 * A file the import will not take, with the Chinese reason the user sees. It carries an error code of the
 * contract (VALIDATION for anything about the file itself: its type, size, pages, password, damage, or
 * taking too long / too much memory to read) so the outcome reads like every other call error.
 */
export class ImportRefusal extends Error {
  constructor(
    message: string,
    readonly code: 'VALIDATION' | 'INTERNAL' = 'VALIDATION',
  ) {
    super(message);
    this.name = 'ImportRefusal';
  }
}

const mb = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

/** The reasons, in one place, so the wording stays consistent between the app, the CLI and the scanner folder. */
export const refuse = {
  empty: () => new ImportRefusal('文件为空（0 字节），未导入'),
  tooLarge: (size: number, max: number) => new ImportRefusal(`文件过大（${mb(size)}），单个文件上限为 ${mb(max)}（可在设置中调整）`),
  unknownType: () => new ImportRefusal('不支持的文件类型：只能导入 PDF、JPEG 或 PNG 文件（按文件内容识别，与扩展名无关）'),
  needPassword: () => new ImportRefusal('该 PDF 已加密，请提供打开密码'),
  wrongPassword: () => new ImportRefusal('PDF 打开密码不正确，请核对后重试'),
  notPdf: (detail: string) => new ImportRefusal(`文件已损坏或不是有效的 PDF，无法读取（${detail}）`),
  brokenPage: (page: number, detail: string) => new ImportRefusal(`PDF 页面结构损坏：第 ${page} 页无法读取（${detail}）`),
  noPages: () => new ImportRefusal('PDF 中没有任何页面'),
  tooManyPages: (pages: number, max: number) => new ImportRefusal(`页数过多（${pages} 页），单个文件上限为 ${max} 页（可在设置中调整）`),
  timeout: (seconds: number) => new ImportRefusal(`处理超时：${seconds} 秒内未能读完该文件，已停止（文件可能过于复杂或已损坏）`),
  outOfMemory: () => new ImportRefusal('文件过于复杂：读取时所需内存超出限制，已停止'),
  crashed: (detail: string) => new ImportRefusal(`读取文件时处理程序意外退出（${detail}），已停止`),
  badImage: (detail: string) => new ImportRefusal(`图片文件已损坏或格式不受支持，无法读取（${detail}）`),
  imageTooLarge: (w: number, h: number) => new ImportRefusal(`图片尺寸过大（${w}×${h} 像素），请以不超过 600 dpi 的分辨率重新扫描`),
};
