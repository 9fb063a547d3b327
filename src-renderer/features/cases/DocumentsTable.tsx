import { FilePdfOutlined } from '@ant-design/icons';
import { Empty, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '../../../src-shared/contract/calls/caseCalls';

type Doc = CaseDetail['documents'][number];

/** 卷宗材料: the e-dossier items in catalogue order, with category and pages. */
export function DocumentsTable({ documents }: { documents: Doc[] }) {
  const { t } = useTranslation();
  return (
    <Table<Doc>
      data-testid="documents-table"
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={documents}
      tableLayout="fixed"
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noDocuments')} /> }}
      columns={[
        { title: t('detail.docIndex'), key: 'index', width: 64, render: (_: unknown, _d, i) => <span className="cd-nums">{i + 1}</span> },
        {
          title: t('detail.docTitle'),
          dataIndex: 'title',
          ellipsis: true,
          render: (title: string) => (
            <span>
              <FilePdfOutlined className="cd-doc-icon" />
              {title}
            </span>
          ),
        },
        { title: t('detail.category'), dataIndex: 'category', width: 160, ellipsis: true },
        {
          title: t('detail.pages'),
          dataIndex: 'pageCount',
          width: 80,
          align: 'right',
          render: (n: number) => <span className="cd-nums">{n}</span>,
        },
      ]}
    />
  );
}
