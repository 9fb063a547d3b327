import { FolderOpenOutlined, FolderOutlined } from '@ant-design/icons';
import { Empty, Tree, type TreeDataNode, type TreeProps } from 'antd';
import { useMemo, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DossierDocument, Volume } from '../../../src-shared/contract/calls/documentCalls';
import { groupVolume, planDrop, VOLUMES, type CategoryDef, type CatalogueGroup, type DropPlan, type DropTarget } from './catalogue';
import { DocumentNodeTitle } from './DocumentNodeTitle';

/** The class of a document's tree node: only these may be dragged. */
const DOC_NODE = 'cd-tree-doc';

/**
 * rc-tree gives drop handling only to draggable nodes, so every node is draggable for it; a drag that
 * does not start on a document is stopped here, before the tree sees it.
 */
const onlyDocuments = (e: DragEvent): void => {
  if (e.target instanceof Element && e.target.closest(`.${DOC_NODE}`)) return;
  e.preventDefault();
  e.stopPropagation();
};

type NodeInfo = { kind: 'volume'; volume: Volume } | { kind: 'category'; volume: Volume; category: string } | { kind: 'doc'; doc: DossierDocument };

/**
 * 卷宗目录: 正卷 and 副卷, each with its categories in catalogue order and their documents. Clicking a
 * document opens it; those who may write drag a document onto a category or beside another document.
 */
export function CatalogueTree({
  docs,
  categories,
  showEmpty,
  onOpen,
  onFix,
  onDrop,
}: {
  docs: DossierDocument[];
  categories: CategoryDef[];
  showEmpty: boolean;
  onOpen: (doc: DossierDocument) => void;
  /** Null for read-only roles: no dragging, no 更正类别. */
  onFix: ((doc: DossierDocument) => void) | null;
  onDrop: (plan: DropPlan) => void;
}) {
  const { t } = useTranslation();
  const [collapsed, setCollapsed] = useState<Set<string>>(new Set());

  const { treeData, info, groupsOf } = useMemo(() => {
    const groups: Record<Volume, CatalogueGroup[]> = {
      main: groupVolume(categories, docs, 'main', showEmpty),
      internal: groupVolume(categories, docs, 'internal', showEmpty),
    };
    const info = new Map<string, NodeInfo>();
    const treeData: TreeDataNode[] = VOLUMES.map((volume) => {
      const key = `v:${volume}`;
      info.set(key, { kind: 'volume', volume });
      const count = groups[volume].reduce((n, g) => n + g.docs.length, 0);
      return {
        key,
        selectable: false,
        title: (
          <span className="cd-volume-node" data-testid={`volume-${volume}`}>
            {t(`dossier.volume.${volume}`)}
            <span className="cd-muted cd-small">{t('dossier.docCount', { count })}</span>
          </span>
        ),
        children: groups[volume].map((g) => {
          const catKey = `c:${volume}:${g.category}`;
          info.set(catKey, { kind: 'category', volume, category: g.category });
          return {
            key: catKey,
            selectable: false,
            title: (
              <span className={g.docs.length ? 'cd-category-node' : 'cd-category-node cd-muted'} data-testid="dossier-category" data-category={g.category}>
                {g.docs.length && !collapsed.has(catKey) ? <FolderOpenOutlined /> : <FolderOutlined />}
                {g.category}
                {g.docs.length ? <span className="cd-muted cd-small">{g.docs.length}</span> : null}
              </span>
            ),
            children: g.docs.map((doc) => {
              info.set(`d:${doc.id}`, { kind: 'doc', doc });
              return { key: `d:${doc.id}`, isLeaf: true, className: DOC_NODE, title: <DocumentNodeTitle doc={doc} onFix={onFix} /> };
            }),
          };
        }),
      };
    });
    return { treeData, info, groupsOf: (v: Volume) => groups[v] };
  }, [docs, categories, showEmpty, onFix, collapsed, t]);

  const allKeys = useMemo(() => [...info.entries()].filter(([, n]) => n.kind !== 'doc').map(([k]) => k), [info]);
  const expandedKeys = allKeys.filter((k) => !collapsed.has(k));

  // A document goes into a category (also "after" it: an empty or collapsed category offers no inside),
  // or before/after another document; never into a document.
  const allowDrop: TreeProps['allowDrop'] = ({ dropNode, dropPosition }) => {
    const target = info.get(String(dropNode.key));
    return (target?.kind === 'category' && dropPosition !== -1) || (target?.kind === 'doc' && dropPosition !== 0);
  };

  const handleDrop: TreeProps['onDrop'] = ({ node, dragNode, dropPosition }) => {
    const dragged = info.get(String(dragNode.key));
    const dropped = info.get(String(node.key));
    if (dragged?.kind !== 'doc' || !dropped) return;
    // antd gives the position among siblings; relative to the node it is -1 (before), 0 (into), 1 (after).
    const relative = dropPosition - Number(String(node.pos).split('-').pop());
    let target: DropTarget | null = null;
    if (dropped.kind === 'category') {
      // Into an open category with documents means "first in it"; otherwise it is simply filed there.
      const first = groupsOf(dropped.volume).find((g) => g.category === dropped.category)?.docs[0];
      target = first && relative === 0 && first.id !== dragged.doc.id
        ? { kind: 'doc', id: first.id, after: false }
        : { kind: 'category', volume: dropped.volume, category: dropped.category };
    }
    if (dropped.kind === 'doc') target = { kind: 'doc', id: dropped.doc.id, after: relative >= 0 };
    const plan = target ? planDrop(docs, groupsOf, dragged.doc.id, target) : null;
    if (plan) onDrop(plan);
  };

  if (docs.length === 0 && !showEmpty) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('dossier.empty')} data-testid="dossier-empty" />;
  }
  return (
    <div onDragStartCapture={onFix ? onlyDocuments : undefined}>
      <Tree
        className="cd-catalogue"
        data-testid="catalogue-tree"
        blockNode
        treeData={treeData}
        expandedKeys={expandedKeys}
        onExpand={(keys) => setCollapsed(new Set(allKeys.filter((k) => !keys.includes(k))))}
        selectedKeys={[]}
        onSelect={(_keys, { node }) => {
          const n = info.get(String(node.key));
          if (n?.kind === 'doc') onOpen(n.doc);
        }}
        draggable={onFix ? { icon: false } : false}
        allowDrop={allowDrop}
        onDrop={handleDrop}
      />
    </div>
  );
}
