import { App, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallInput, CallOutput } from '../../../src-shared/contract/contract';
import { uuidv7 } from '../../../src-shared/util/uuidv7';
import { api } from '../../api/api';
import { useLabels } from '../../i18n/useLabels';

type Listed = CallOutput<'quickPhrases.list'>;
type Change = CallInput<'quickPhrases.save'>['changes'][number];
const KEYS = ['F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9', 'F10', 'F11', 'F12'] as const;

/** Edits the clerk's own F1–F12 phrases; an emptied row removes the phrase. */
export function QuickPhrasesDialog({ open, data, onClose, onSaved }: { open: boolean; data: Listed | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { errorText } = useLabels();
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (!open || !data) return;
    const source = data.items.length > 0 ? data.items : data.suggested;
    setTexts(Object.fromEntries(KEYS.map((k) => [k, source.find((p) => p.hotkey === k)?.text ?? ''])));
  }, [open, data]);

  const save = async () => {
    const changes: Change[] = [];
    KEYS.forEach((k, position) => {
      const text = (texts[k] ?? '').trim();
      const old = data?.items.find((p) => p.hotkey === k);
      if (old && !text) changes.push({ op: 'delete', id: old.id, baseVersion: old.version });
      else if (old && (old.text !== text || old.position !== position)) changes.push({ op: 'upsert', phrase: { id: old.id, hotkey: k, text, position, baseVersion: old.version } });
      else if (!old && text) changes.push({ op: 'upsert', phrase: { id: uuidv7(), hotkey: k, text, position, baseVersion: 0 } });
    });
    if (changes.length === 0) return onClose();
    setSaving(true);
    try {
      await api.quickPhrases.save({ changes });
      onSaved();
      onClose();
    } catch (err) {
      void message.error(errorText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal open={open} title={t('courtroom.editPhrases')} onCancel={onClose} onOk={() => void save()} confirmLoading={saving} okText={t('header.ok')} cancelText={t('header.cancel')} width={640}>
      <div className="cd-phrase-grid" data-testid="phrase-dialog">
        {KEYS.map((k) => (
          <label key={k} className="cd-phrase-row">
            <kbd>{k}</kbd>
            <Input value={texts[k] ?? ''} maxLength={500} aria-label={k} onChange={(e) => setTexts((s) => ({ ...s, [k]: e.target.value }))} />
          </label>
        ))}
      </div>
    </Modal>
  );
}
