import { DeleteOutlined, EditOutlined, EyeOutlined, FileWordOutlined, FilePdfOutlined, MessageOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Empty, Popconfirm, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceItem } from '../../../src-shared/contract/calls/evidenceCalls';
import { PARTY_ROLE_LABELS, type PartyRole } from '../../../src-shared/domain/caseStages';
import { api, onEvent } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';
import { downloadBytes, safeFileName } from '../../ui/downloadBytes';
import { LoadError } from '../../ui/LoadError';
import { useLoad } from '../../ui/useLoad';
import { present } from '../presentation/presentedStore';
import { EvidenceItemDialog } from './EvidenceItemDialog';
import { OpinionDialog } from './OpinionDialog';

/**
 * The 证据目录 of a case, per submitting party: items with their pages and 证明目的 and every other party's
 * 质证 opinions; add, edit, delete, record opinions, export the table. With `hearingId` (in the courtroom) the
 * opinions are recorded for that hearing and each item can be put on the parties' screen.
 */
export function EvidencePanel({ caseId, hearingId, caseNumber }: { caseId: string; hearingId?: string; caseNumber?: string }) {
  const { t } = useTranslation();
  const { label, errorText } = useLabels();
  const { message } = App.useApp();
  const { data, error, reload } = useLoad(() => api.evidence.list({ caseId }), [caseId]);
  const [editing, setEditing] = useState<EvidenceItem | 'new' | null>(null);
  const [judging, setJudging] = useState<EvidenceItem | null>(null);

  useEffect(() => onEvent((e) => {
    if (e.topic === 'data' && e.payload.entity === 'evidence' && e.payload.caseId === caseId) reload();
  }), [caseId, reload]);

  const roleName = (role: string) => label(PARTY_ROLE_LABELS[role as PartyRole], role);
  const pagesText = (i: EvidenceItem) =>
    i.pageFrom === null || i.pageTo === null ? (i.documentTitle ?? '—')
      : `${i.documentTitle ?? ''} ${i.pageFrom === i.pageTo ? t('evidence.pageOne', { n: i.pageFrom + 1 }) : t('evidence.pageRange', { from: i.pageFrom + 1, to: i.pageTo + 1 })}`;
  const word = (v: string | null) => (v ? t(`evidence.value.${v}`) : '—');

  const exportTable = async (format: 'pdf' | 'docx') => {
    try {
      const bytes = await api.evidence.exportTable({ caseId, format });
      const type = format === 'pdf' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
      downloadBytes(bytes, `${safeFileName(caseNumber ?? '', t('evidence.tableName'))}.${format}`, type);
      void message.success(t('evidence.exported'));
    } catch (err) {
      void message.error(errorText(err));
    }
  };
  const remove = async (i: EvidenceItem) => {
    try {
      await api.evidence.save({ caseId, changes: [{ op: 'delete', id: i.id, baseVersion: i.version }] });
      void message.success(t('evidence.removed'));
      reload();
    } catch (err) {
      void message.error(errorText(err));
    }
  };
  const show = (i: EvidenceItem) => {
    if (hearingId && i.pageFrom !== null) void present(hearingId, { mode: 'evidence', evidenceItemId: i.id, pageIndex: i.pageFrom }).catch((err: unknown) => void message.error(errorText(err)));
  };

  if (error && !data) return <LoadError error={error} onRetry={reload} />;
  const groups = data?.groups ?? [];
  const canJudge = (data?.hearings.length ?? 0) > 0;

  return (
    <div data-testid="evidence-panel">
      <Space wrap style={{ marginBottom: 12 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="evidence-add">{t('evidence.add')}</Button>
        <Button icon={<FilePdfOutlined />} onClick={() => void exportTable('pdf')} data-testid="evidence-export-pdf">{t('evidence.exportPdf')}</Button>
        <Button icon={<FileWordOutlined />} onClick={() => void exportTable('docx')} data-testid="evidence-export-docx">{t('evidence.exportDocx')}</Button>
        {!canJudge ? <Typography.Text type="secondary">{t('evidence.noHearing')}</Typography.Text> : null}
      </Space>
      {groups.every((g) => g.items.length === 0) ? <Empty description={t('evidence.noItems')} /> : null}
      {groups.filter((g) => g.items.length > 0).map((g) => (
        <div key={g.party?.id ?? 'court'} style={{ marginBottom: 16 }} data-testid="evidence-group">
          <Typography.Title level={5} style={{ marginTop: 0 }}>
            {g.party ? `${roleName(g.party.role)} ${g.party.name}` : t('evidence.court')}
          </Typography.Title>
          <Table<EvidenceItem>
            size="small" rowKey="id" pagination={false} dataSource={g.items} tableLayout="fixed"
            columns={[
              { title: t('evidence.number'), dataIndex: 'label', width: 90 },
              { title: t('evidence.name'), dataIndex: 'name', width: 160 },
              { title: t('evidence.pages'), width: 180, render: (_v, i) => pagesText(i) },
              { title: t('evidence.purpose'), dataIndex: 'purpose' },
              {
                title: t('evidence.opinions'),
                render: (_v, i) => i.opinions.map((o) => (
                  <div key={o.id} className="cd-small" data-testid="evidence-opinion">
                    <b>{o.partyName}</b>：{t('evidence.authenticity')}{word(o.authenticity)}，{t('evidence.legality')}{word(o.legality)}，
                    {t('evidence.relevance')}{word(o.relevance)}{o.reason ? `；${t('evidence.reason')}：${o.reason}` : ''}
                  </div>
                )),
              },
              {
                title: '', width: hearingId ? 230 : 170,
                render: (_v, i) => (
                  <Space size={0} wrap>
                    {hearingId && i.pageFrom !== null ? <Button size="small" type="link" icon={<EyeOutlined />} onClick={() => show(i)} data-testid="evidence-present">{t('evidence.present')}</Button> : null}
                    {canJudge ? <Button size="small" type="link" icon={<MessageOutlined />} onClick={() => setJudging(i)} data-testid="evidence-judge">{t('evidence.opinion')}</Button> : null}
                    <Button size="small" type="link" icon={<EditOutlined />} onClick={() => setEditing(i)} aria-label={t('evidence.edit')} />
                    <Popconfirm title={t('evidence.removeConfirm')} onConfirm={() => void remove(i)}>
                      <Button size="small" type="link" danger icon={<DeleteOutlined />} aria-label={t('evidence.remove')} />
                    </Popconfirm>
                  </Space>
                ),
              },
            ]}
          />
        </div>
      ))}
      <EvidenceItemDialog caseId={caseId} parties={data?.parties ?? []} item={editing === 'new' ? null : editing} open={editing !== null}
        onClose={() => setEditing(null)} onSaved={() => { setEditing(null); reload(); }} />
      <OpinionDialog item={judging} parties={data?.parties ?? []} hearings={data?.hearings ?? []} hearingId={hearingId} open={judging !== null}
        onClose={() => setJudging(null)} onSaved={() => { setJudging(null); reload(); }} />
    </div>
  );
}
