import { FileTextOutlined, SplitCellsOutlined } from '@ant-design/icons';
import { Button, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DossierDocument } from '../../../src-shared/contract/calls/documentCalls';
import { groupVolume, VOLUMES } from '../dossier/catalogue';

/**
 * The case's catalogue beside the pages (the e-dossier's documents.list, grouped by volume and category in
 * catalogue order): a click opens that document in the reader (or, reading a whole volume, jumps to its first
 * page); "在右侧打开" (`onSplit`) shows it beside the pages in a split view.
 */
export function ReaderCatalogue({
  docs,
  currentId,
  onOpen,
  onSplit,
}: {
  docs: DossierDocument[];
  currentId: string;
  onOpen: (id: string) => void;
  onSplit?: (id: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <nav className="cd-reader-catalogue-tree" data-testid="reader-catalogue" aria-label={t('reader.catalogue')}>
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
                  <div key={d.id} className="cd-reader-doc-row">
                    <button
                      type="button"
                      className={`cd-reader-doc${d.id === currentId ? ' cd-reader-doc-on' : ''}`}
                      onClick={() => onOpen(d.id)}
                      data-testid="reader-doc"
                      data-doc-id={d.id}
                      aria-current={d.id === currentId ? 'page' : undefined}
                      title={d.title}
                    >
                      <FileTextOutlined /> <span className="cd-reader-doc-title">{d.title}</span>
                      <span className="cd-muted cd-nums">{d.pageCount}</span>
                    </button>
                    {onSplit ? (
                      <Tooltip title={t('readerPlus.openRight')} placement="right">
                        <Button
                          size="small"
                          type="text"
                          className="cd-reader-doc-split"
                          icon={<SplitCellsOutlined />}
                          aria-label={`${t('readerPlus.openRight')}：${d.title}`}
                          onClick={() => onSplit(d.id)}
                          data-testid="reader-doc-split"
                          data-doc-id={d.id}
                        />
                      </Tooltip>
                    ) : null}
                  </div>
                ))}
              </div>
            ))}
          </div>
        );
      })}
    </nav>
  );
}
