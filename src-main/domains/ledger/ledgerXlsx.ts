import ExcelJS from 'exceljs';
import type { LedgerRow } from '../../../src-shared/contract/calls/ledgerCalls';
import { STAGE_LABELS, PROCEDURE_LABELS } from '../../../src-shared/domain/caseStages';
import { ledgerDeadlineLabel, LEDGER_LEVEL_LABELS, SERVICE_STATUS_LABELS } from '../../../src-shared/domain/ledgerLabels';

/** The columns of the exported ledger, Chinese headers, in the order of the ledger page. */
const COLUMNS: { header: string; width: number; value: (r: LedgerRow) => string | number }[] = [
  { header: '案号', width: 26, value: (r) => r.caseNumber },
  { header: '案由', width: 18, value: (r) => r.cause },
  { header: '原告（申请人）', width: 18, value: (r) => r.plaintiffs.join('、') },
  { header: '被告（被申请人）', width: 18, value: (r) => r.defendants.join('、') },
  { header: '阶段', width: 10, value: (r) => STAGE_LABELS[r.stage].zh },
  { header: '程序', width: 10, value: (r) => PROCEDURE_LABELS[r.procedure].zh },
  { header: '审判团队', width: 18, value: (r) => r.team?.name ?? '' },
  { header: '承办法官', width: 10, value: (r) => r.judge?.name ?? '' },
  { header: '立案日期', width: 12, value: (r) => r.filedOn },
  { header: '下一期限', width: 20, value: (r) => (r.nextDeadline ? `${ledgerDeadlineLabel(r.nextDeadline.kind).zh}（${r.nextDeadline.subject}）` : '') },
  { header: '到期日', width: 12, value: (r) => r.nextDeadline?.due ?? '' },
  { header: '剩余天数', width: 10, value: (r) => r.nextDeadline?.daysLeft ?? '' },
  { header: '预警', width: 10, value: (r) => LEDGER_LEVEL_LABELS[r.nextDeadline?.level ?? 'none'].zh },
  { header: '送达情况', width: 14, value: (r) => `${SERVICE_STATUS_LABELS[r.service.status].zh}${r.service.total ? `（${r.service.served}/${r.service.total}）` : ''}` },
  { header: '保全', width: 16, value: (r) => (r.preservation ? `${r.preservation.active} 项${r.preservation.nextExpiry ? `，${r.preservation.nextExpiry} 到期` : ''}` : '') },
  { header: '卷宗完整性', width: 14, value: (r) => (r.dossier ? (r.dossier.complete ? '完整' : `缺 ${r.dossier.errors} 项`) : '') },
  { header: '节假日数据', width: 14, value: (r) => (r.unknownYears.length ? `${r.unknownYears.join('、')}年缺失` : '') },
];

const FILL: Record<string, string> = { overdue: 'FFFFCCC7', today: 'FFFFE7BA', soon: 'FFFFF1B8' };

/** The ledger rows as an .xlsx workbook: a title line, Chinese headers, one row per case, warnings shaded. */
export async function ledgerXlsx(rows: readonly LedgerRow[], title: string): Promise<Uint8Array<ArrayBuffer>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Court Desk';
  const ws = wb.addWorksheet('案件台账', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.addRow([title]).font = { bold: true, size: 13 };
  const head = ws.addRow(COLUMNS.map((c) => c.header));
  head.font = { bold: true };
  head.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F0FF' } };
  });
  for (const r of rows) {
    const line = ws.addRow(COLUMNS.map((c) => c.value(r)));
    const fill = FILL[r.nextDeadline?.level ?? ''];
    if (fill) {
      for (const col of [10, 11, 12, 13]) line.getCell(col).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
    }
  }
  ws.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: COLUMNS.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer() as ArrayBuffer);
}
