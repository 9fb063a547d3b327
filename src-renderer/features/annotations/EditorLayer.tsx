import type { PageViewport } from 'pdfjs-dist';
import { useRef, useState, type PointerEvent } from 'react';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { StampPicker } from './StampPicker';
import { ellipseFromDrag } from './tools/ellipseTool';
import { freetextAt } from './tools/freetextTool';
import { inkAnnotation, MIN_STEP, pressureOf, type RawPoint } from './tools/inkTool';
import { noteAt } from './tools/noteTool';
import { rectFromDrag, type Drag } from './tools/rectTool';
import { stampAt } from './tools/stampTool';

export type Tool = 'select' | 'highlight' | 'underline' | 'strikeout' | 'note' | 'rect' | 'ellipse' | 'ink' | 'freetext' | 'stamp';

/** The tools that act on the editor layer (the others work on the text selection, or select). */
const LAYER_TOOLS: readonly Tool[] = ['note', 'rect', 'ellipse', 'ink', 'freetext', 'stamp'];
export const isSelectionTool = (tool: Tool): tool is 'highlight' | 'underline' | 'strikeout' =>
  tool === 'highlight' || tool === 'underline' || tool === 'strikeout';

/**
 * The editor layer of one page, on top of the others while a drawing tool is active: a click puts a note,
 * a free-text box or (after choosing its label) a stamp; a drag draws a rectangle or ellipse (shown live)
 * or an ink stroke (pointer events with pressure; shown live, saved on release).
 */
export function EditorLayer({
  tool,
  viewport,
  documentId,
  pageIndex,
  color,
  onCreate,
}: {
  tool: Tool;
  viewport: PageViewport;
  documentId: string;
  pageIndex: number;
  color: string;
  onCreate: (annotation: Annotation) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [points, setPoints] = useState<RawPoint[] | null>(null);
  const [drag, setDrag] = useState<Drag | null>(null);
  const [stampPoint, setStampPoint] = useState<{ x: number; y: number } | null>(null);
  if (!LAYER_TOOLS.includes(tool)) return null;

  const local = (e: PointerEvent): RawPoint => {
    const box = ref.current!.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top, pressure: pressureOf(e) };
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    // Events from the stamp dialog (a portal) bubble here through React's tree: they are not for the page.
    if (e.button !== 0 || !e.currentTarget.contains(e.target as Node)) return;
    e.preventDefault();
    const p = local(e);
    if (tool === 'note') return onCreate(noteAt({ viewport, x: p.x, y: p.y, documentId, pageIndex, color }));
    if (tool === 'freetext') return onCreate(freetextAt({ viewport, x: p.x, y: p.y, documentId, pageIndex, color }));
    if (tool === 'stamp') return setStampPoint({ x: p.x, y: p.y });
    e.currentTarget.setPointerCapture(e.pointerId);
    if (tool === 'rect' || tool === 'ellipse') setDrag({ x0: p.x, y0: p.y, x1: p.x, y1: p.y });
    else setPoints([p]);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag) {
      const p = local(e);
      setDrag({ ...drag, x1: p.x, y1: p.y });
      return;
    }
    if (!points) return;
    const p = local(e);
    const last = points[points.length - 1]!;
    if (Math.hypot(p.x - last.x, p.y - last.y) >= MIN_STEP) setPoints([...points, p]);
  };
  const onPointerUp = () => {
    if (drag) {
      const args = { viewport, drag, documentId, pageIndex, color };
      const made = tool === 'ellipse' ? ellipseFromDrag(args) : rectFromDrag(args);
      setDrag(null);
      if (made) onCreate(made);
      return;
    }
    if (!points) return;
    const made = inkAnnotation({ viewport, points, documentId, pageIndex, color });
    setPoints(null);
    if (made) onCreate(made);
  };

  const box = drag
    ? { x: Math.min(drag.x0, drag.x1), y: Math.min(drag.y0, drag.y1), w: Math.abs(drag.x1 - drag.x0), h: Math.abs(drag.y1 - drag.y0) }
    : null;
  return (
    <div
      ref={ref}
      className={`cd-editor-layer cd-editor-${tool}`}
      data-testid="editor-layer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
    >
      {points || box ? (
        <svg width={viewport.width} height={viewport.height}>
          {points ? (
            <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={color} strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" />
          ) : null}
          {box && tool === 'ellipse' ? (
            <ellipse cx={box.x + box.w / 2} cy={box.y + box.h / 2} rx={box.w / 2} ry={box.h / 2} fill="none" stroke={color} strokeWidth={2} strokeDasharray="4 3" />
          ) : box ? (
            <rect x={box.x} y={box.y} width={box.w} height={box.h} fill="none" stroke={color} strokeWidth={2} strokeDasharray="4 3" />
          ) : null}
        </svg>
      ) : null}
      {tool === 'stamp' ? (
        <StampPicker
          open={!!stampPoint}
          onClose={() => setStampPoint(null)}
          onPick={(label) => {
            if (stampPoint) onCreate(stampAt({ viewport, x: stampPoint.x, y: stampPoint.y, label, documentId, pageIndex }));
            setStampPoint(null);
          }}
        />
      ) : null}
    </div>
  );
}
