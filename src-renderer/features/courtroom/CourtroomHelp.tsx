import { useTranslation } from 'react-i18next';

/** The keys of the courtroom page, as the clerk needs them at a glance. */
export function CourtroomHelp() {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    ['Enter', t('courtroom.keys.enter')],
    ['Shift+Enter', t('courtroom.keys.shiftEnter')],
    ['Alt+1 … Alt+9', t('courtroom.keys.alt')],
    [t('courtroom.keys.aliasKey'), t('courtroom.keys.alias')],
    ['Alt+0', t('courtroom.keys.phase')],
    ['F1 … F12', t('courtroom.keys.phrase')],
    ['Backspace', t('courtroom.keys.backspace')],
    ['↑ / ↓', t('courtroom.keys.arrows')],
  ];
  return (
    <table className="cd-courtroom-help" data-testid="courtroom-help">
      <tbody>
        {rows.map(([k, v]) => (
          <tr key={k}>
            <td><kbd>{k}</kbd></td>
            <td>{v}</td>
          </tr>
        ))}
        <tr>
          <td colSpan={2} className="cd-muted cd-small">{t('courtroom.keys.durable')}</td>
        </tr>
      </tbody>
    </table>
  );
}
