import { PaperClipOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceRecord } from '../../../src-shared/contract/calls/serviceCalls';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

/** 送达回证 / 电子送达回执: imports the chosen file into the case's e-dossier (category 送达回证) and links it to the record. */
export function ProofUploadButton({ record, onDone }: { record: ServiceRecord; onDone: (r: ServiceRecord) => void }) {
  const { t } = useTranslation();
  const { errorText } = useLabels();
  const { message } = App.useApp();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (file: File) => {
    setBusy(true);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { outcomes } = await api.documents.import({ caseId: record.caseId, batchId: `proof-${record.id}-${Date.now()}`, files: [{ name: file.name, bytes }], category: '送达回证' });
      const outcome = outcomes[0];
      if (!outcome?.ok) throw new Error(outcome && !outcome.ok ? outcome.message : t('ledger.service.proofImporting'));
      const linked = await api.service.linkProof({ serviceId: record.id, documentId: outcome.documentId, baseVersion: record.version });
      message.success(t('ledger.service.proofLinked', { title: linked.proofTitle ?? file.name }));
      onDone(linked);
    } catch (err) {
      message.error(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
        hidden
        data-testid={`proof-input-${record.id}`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void upload(file);
        }}
      />
      <Button size="small" icon={<PaperClipOutlined />} loading={busy} onClick={() => input.current?.click()}>
        {t('ledger.service.linkProof')}
      </Button>
    </>
  );
}
