import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { AppContext } from '../../../app/appContext';
import { readSettings } from '../../../services/settingsStore';
import { runWrite } from '../../../write/runWrite';
import type { ImportOutcome } from '../../../../src-shared/contract/calls/documentCalls';
import type { Result } from '../../../../src-shared/contract/errors';
import { uuidv7 } from '../../../../src-shared/util/uuidv7';
import { parseCoverCode, type CoverSheetCode } from './coverSheetCode';
import { ImportRefusal, refuse } from './importRefusal';
import { importRuntime } from './importRuntime';
import { hashBytes } from './saveDocument';
import { SCAN_ACTOR } from './scanActor';
import { sniffFile } from './sniffFile';

/** documents.import as the scanner folder calls it (through the dispatcher, as the scanner-folder actor). */
export type ScanImport = (input: { caseId: string; batchId: string; files: { name: string; bytes: Uint8Array<ArrayBuffer> }[]; category: string }) => Promise<Result<{ outcomes: ImportOutcome[] }>>;

/** Where handled files go, beside the scanner's output: imported, without a cover sheet, refused. */
export const SCAN_SUBFOLDERS = { imported: '已导入', unassigned: '未归档', refused: '未能导入' } as const;

type Status = 'imported' | 'unassigned' | 'refused';

const NO_COVER =
  '未找到扫描封面页二维码，无法确定所属案件。请在案件中打印“扫描封面页”，放在材料之前重新扫描；或在案件的卷宗中直接导入此文件。';

/**
 * One stable file of the scanner folder: find the cover sheet's QR code (case + category), import the pages
 * after the cover into that case and category, record a scan job (through the write path) and move the file
 * into 已导入 / 未归档 / 未能导入 (the latter two with a .txt saying why).
 */
export async function processScanFile(app: AppContext, folder: string, name: string, bytes: Uint8Array<ArrayBuffer>, importScan: ScanImport): Promise<Status> {
  const sha256 = hashBytes(bytes);
  const finish = (status: Status, message: string, caseId: string | null = null, documentId: string | null = null): Status => {
    runWrite(app.db, { actor: SCAN_ACTOR, call: 'scan.file', caseId, now: app.now() }, (tx) => {
      tx.insert('scan_job', uuidv7(), { file_name: name, sha256, status, message, case_id: caseId, document_id: documentId, created_at: app.now().toISOString() });
    });
    moveAside(folder, name, status, message);
    app.logger.info({ scan: status, caseId, documentId }, 'scanner folder file handled');
    return status;
  };

  if (bytes.byteLength === 0) return finish('refused', refuse.empty().message);
  const type = sniffFile(bytes);
  if (!type) return finish('refused', '不支持的文件类型：扫描目录只接收 PDF、JPEG 或 PNG 文件');
  const timeoutMs = readSettings(app.db).importTimeoutSeconds * 1000;
  const pdf = importRuntime(app).pdf;
  let code: CoverSheetCode | null;
  try {
    const found = await pdf.run({ kind: 'coverCode', docKey: sha256, bytes, mediaType: type }, { timeoutMs });
    code = found.text ? parseCoverCode(found.text) : null;
  } catch (err) {
    return finish('refused', err instanceof ImportRefusal ? err.message : '读取文件时出错');
  }
  if (!code) return finish('unassigned', NO_COVER);
  const known = app.db.prepare('SELECT 1 FROM cases WHERE id = ?').get(code.caseId);
  if (!known) return finish('refused', `封面页上的案件（${code.caseNumber || code.caseId}）不在本机的案件中（可能尚未同步）`);
  if (type !== 'application/pdf') {
    return finish('refused', '这是扫描封面页本身：请把封面页与其后的材料扫描为同一个 PDF 文件', code.caseId);
  }

  let pages: Uint8Array<ArrayBuffer>;
  try {
    const rest = await pdf.run({ kind: 'dropFirstPage', docKey: sha256, bytes }, { timeoutMs });
    if (rest.pageCount === 0) return finish('refused', '文件中只有扫描封面页，没有材料', code.caseId);
    pages = new Uint8Array(rest.bytes.buffer as ArrayBuffer, rest.bytes.byteOffset, rest.bytes.byteLength);
  } catch (err) {
    return finish('refused', `无法去除扫描封面页：${err instanceof Error ? err.message : String(err)}`, code.caseId);
  }
  const result = await importScan({ caseId: code.caseId, batchId: `scan-${sha256.slice(0, 12)}`, files: [{ name, bytes: pages }], category: code.category });
  if (!result.ok) return finish('refused', result.error.message, code.caseId);
  const outcome = result.value.outcomes[0];
  if (!outcome?.ok) return finish('refused', outcome?.message ?? '导入失败', code.caseId);
  const note = outcome.duplicateOf ? '（与本案已有材料相同，未重复保存）' : '';
  return finish('imported', `已归入 ${code.caseNumber} · ${outcome.category}，共 ${outcome.pageCount} 页${note}`, code.caseId, outcome.documentId);
}

/** Moves the file into its subfolder under a free name; refused and unassigned files get a .txt reason. */
function moveAside(folder: string, name: string, status: Status, message: string): void {
  const target = join(folder, SCAN_SUBFOLDERS[status]);
  mkdirSync(target, { recursive: true });
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  let free = name;
  for (let n = 2; existsSync(join(target, free)); n++) free = `${stem} (${n})${ext}`;
  renameSync(join(folder, name), join(target, free));
  if (status !== 'imported') writeFileSync(join(target, `${free}.txt`), `${free}\n${message}\n`, 'utf8');
}
