import { Card, Collapse, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { roleMay } from '../../../src-shared/domain/permissions';
import { api, currentSession } from '../../api/api';
import { useLoad } from '../../ui/useLoad';
import { PresentationControls } from '../presentation/PresentationControls';
import { EvidencePanel } from './EvidencePanel';

/**
 * The 证据目录 as a section of the case page; for the trial team, the parties' screen of one of the case's
 * hearings can be run from here too (the courtroom view embeds the same controls).
 */
export function EvidenceCard({ caseId, caseNumber }: { caseId: string; caseNumber: string }) {
  const { t } = useTranslation();
  const role = currentSession()?.user.role;
  const mayPresent = role !== undefined && roleMay(role, 'evidence.write');
  const { data } = useLoad(() => api.evidence.list({ caseId }), [caseId]);
  const hearings = data?.hearings ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const hearingId = chosen ?? hearings.find((h) => h.state !== 'closed')?.id ?? null;

  return (
    <Card className="cd-page-card" size="small" title={t('evidence.title')} data-testid="evidence-card">
      {mayPresent && hearings.length > 0 && hearingId ? (
        <Collapse
          size="small"
          style={{ marginBottom: 12 }}
          items={[{
            key: 'present',
            label: <span data-testid="evidence-present-section">{t('evidence.presentation.section')}</span>,
            children: (
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space>
                  <Typography.Text>{t('evidence.hearing')}</Typography.Text>
                  <Select style={{ minWidth: 240 }} value={hearingId} onChange={setChosen}
                    options={hearings.map((h) => ({ value: h.id, label: `${h.startsAt.replace('T', ' ')} ${h.courtroom}` }))} />
                </Space>
                <PresentationControls hearingId={hearingId} caseId={caseId} />
              </Space>
            ),
          }]}
        />
      ) : null}
      <EvidencePanel caseId={caseId} caseNumber={caseNumber} hearingId={mayPresent && hearingId ? hearingId : undefined} />
    </Card>
  );
}
