import { useMemo } from 'react';
import { api } from '../../api/api';
import { useLoad } from '../../ui/useLoad';

/** The clerk's quick phrases by hotkey (F1…F12): their own once saved, the suggested ones until then. */
export function useQuickPhrases(enabled: boolean) {
  const loaded = useLoad(() => (enabled ? api.quickPhrases.list() : Promise.resolve({ items: [], suggested: [] })), [enabled]);
  const byHotkey = useMemo(() => {
    const map = new Map<string, string>();
    const d = loaded.data;
    for (const p of d ? (d.items.length > 0 ? d.items : d.suggested) : []) if (p.hotkey) map.set(p.hotkey, p.text);
    return map;
  }, [loaded.data]);
  return { byHotkey, data: loaded.data, reload: loaded.reload };
}
