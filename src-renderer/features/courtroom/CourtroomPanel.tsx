import { Drawer, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { EvidencePanel } from '../evidence/EvidencePanel';
import { PresentationControls } from '../presentation/PresentationControls';
import { DossierTab } from './DossierTab';

/**
 * The side panel of the courtroom, one click away from the transcript: evidence and 质证, the e-dossier, and the
 * presentation to the parties' screen. The transcript stays underneath, as typed.
 */
export function CourtroomPanel({ open, onClose, caseId, caseNumber, hearingId }: {
  open: boolean; onClose: () => void; caseId: string; caseNumber: string; hearingId: string;
}) {
  const { t } = useTranslation();
  return (
    <Drawer
      open={open}
      onClose={onClose}
      size="large"
      styles={{ wrapper: { width: 'min(1320px, 92vw)' } }}
      title={t('courtroom.panel')}
      destroyOnHidden
      data-testid="courtroom-panel-drawer"
    >
      <Tabs
        items={[
          { key: 'evidence', label: t('courtroom.tabs.evidence'), children: <EvidencePanel caseId={caseId} hearingId={hearingId} caseNumber={caseNumber} /> },
          { key: 'dossier', label: t('courtroom.tabs.dossier'), children: <DossierTab caseId={caseId} /> },
          { key: 'present', label: t('courtroom.tabs.present'), children: <PresentationControls hearingId={hearingId} caseId={caseId} /> },
        ]}
      />
    </Drawer>
  );
}
