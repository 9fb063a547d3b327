import { Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import type { CaseSummary } from '../../../src-shared/contract/calls/caseCalls';
import { formatDate } from '../../ui/format';
import { StageTag } from '../../ui/StageTag';

/** "原告 诉 被告" (several on a side joined with 、). */
export function partiesLine(c: Pick<CaseSummary, 'plaintiffs' | 'defendants'>, versus: string): string {
  const left = c.plaintiffs.join('、');
  const right = c.defendants.join('、');
  return left && right ? `${left}${versus}${right}` : left || right;
}

/** Columns of the case list: 案号, 案由, 当事人, 阶段, 承办法官, 立案日期. */
export function caseColumns(t: TFunction): ColumnsType<CaseSummary> {
  return [
    {
      title: t('cases.col.caseNumber'),
      dataIndex: 'caseNumber',
      width: 210,
      render: (v: string, c) => (
        <a href={`#/cases/${c.id}`} className="cd-case-number" onClick={(e) => e.stopPropagation()}>
          {v}
        </a>
      ),
    },
    { title: t('cases.col.cause'), dataIndex: 'cause', width: 180, ellipsis: { showTitle: true } },
    {
      title: t('cases.col.parties'),
      key: 'parties',
      ellipsis: { showTitle: false },
      render: (_: unknown, c) => {
        const line = partiesLine(c, t('cases.versus'));
        return (
          <Tooltip title={line} placement="topLeft">
            <span>{line}</span>
          </Tooltip>
        );
      },
    },
    { title: t('cases.col.stage'), dataIndex: 'stage', width: 128, render: (s: CaseSummary['stage']) => <StageTag stage={s} /> },
    {
      title: t('cases.col.judge'),
      key: 'judge',
      width: 110,
      render: (_: unknown, c) => c.judge?.name ?? <Typography.Text type="secondary">—</Typography.Text>,
    },
    {
      title: t('cases.col.filedOn'),
      dataIndex: 'filedOn',
      width: 116,
      render: (d: string) => <span className="cd-nums">{formatDate(d)}</span>,
    },
  ];
}
