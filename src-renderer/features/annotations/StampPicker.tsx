import { Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAMP_LABELS } from '../../../src-shared/annotations/annotation';

/** The stamp tool's choice after a click: one of 重点 / 存疑 / 待核实 / 已核实, or a label of one's own. */
export function StampPicker({ open, onPick, onClose }: { open: boolean; onPick: (label: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [custom, setCustom] = useState('');
  const pickCustom = () => {
    const label = custom.trim();
    if (!label) return;
    setCustom('');
    onPick(label);
  };
  return (
    <Modal open={open} title={t('annotations.stamp.title')} onCancel={onClose} footer={null} destroyOnHidden width={360}>
      <div data-testid="stamp-picker" className="cd-stamp-picker">
        <Space wrap>
          {STAMP_LABELS.map((label) => (
            <Button key={label} className="cd-stamp-option" onClick={() => onPick(label)} data-testid="stamp-option" data-label={label}>
              {label}
            </Button>
          ))}
        </Space>
        <Space.Compact style={{ width: '100%', marginTop: 12 }}>
          <Input
            value={custom}
            maxLength={12}
            placeholder={t('annotations.stamp.custom')}
            onChange={(e) => setCustom(e.target.value)}
            onPressEnter={pickCustom}
            data-testid="stamp-custom"
          />
          <Button type="primary" disabled={!custom.trim()} onClick={pickCustom} data-testid="stamp-custom-ok">
            {t('annotations.ok')}
          </Button>
        </Space.Compact>
      </div>
    </Modal>
  );
}
