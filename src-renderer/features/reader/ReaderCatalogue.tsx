import { FileTextOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { groupVolume, VOLUMES } from '../dossier/catalogue';

/**
 * The case's catalogue beside the pages (the e-dossier's documents.list, grouped by volume and category in
 * catalogue order): a click opens that document in the reader.
 */
export function ReaderCatalogue({ docs, currentId, onOpen }: { docs: DossierDocument[]; currentId: string; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <nav className="cd-reader-catalogue" data-testid="reader-catalogue" aria-label={t('reader.catalogue')}>
      {VOLUMES.map((volume) => {
        const groups = groupVolume([], docs, volume, false);
        if (groups.length === 0) return null;
        return (
          <div key={volume}>
            <Typography.Text strong>{t(`dossier.volume.${volume}`)}</Typography.Text>
            {groups.map((g) => (
              <div key={g.category} className="cd-reader-cat">
                <div className="cd-muted">{g.category}</div>
                {g.docs.map((d) => (
                  <button
                    key={d.id}
                    type="button"
                    className={`cd-reader-doc${d.id === currentId ? ' cd-reader-doc-on' : ''}`}
                    onClick={() => onOpen(d.id)}
                    data-testid="reader-doc"
                    data-doc-id={d.id}
                    title={d.title}
                  >
                    <FileTextOutlined /> <span className="cd-reader-doc-title">{d.title}</span>
                    <span className="cd-muted cd-nums">{d.pageCount}</span>
                  </button>
                ))}
              </div>
            ))}
          </div>
        );
      })}
    </nav>
  );
}
