import type { PageViewport } from 'pdfjs-dist';
import { useRef, useState, type PointerEvent } from 'react';
import type { Annotation } from '../../../src-shared/annotations/annotation';
import { inkAnnotation, MIN_STEP, pressureOf, type RawPoint } from './tools/inkTool';
import { noteAt } from './tools/noteTool';

export type Tool = 'select' | 'highlight' | 'note' | 'ink';

/**
 * The editor layer of one page, on top of the others while a drawing tool is active: a click puts a note
 * (note tool), a drag draws a stroke (ink tool, pointer events with pressure; shown live, saved on release).
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
  if (tool !== 'note' && tool !== 'ink') return null;

  const local = (e: PointerEvent): RawPoint => {
    const box = ref.current!.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top, pressure: pressureOf(e) };
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    e.preventDefault();
    if (tool === 'note') {
      const p = local(e);
      onCreate(noteAt({ viewport, x: p.x, y: p.y, documentId, pageIndex, color }));
      return;
    }
    e.currentTarget.setPointerCapture(e.pointerId);
    setPoints([local(e)]);
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (!points) return;
    const p = local(e);
    const last = points[points.length - 1]!;
    if (Math.hypot(p.x - last.x, p.y - last.y) >= MIN_STEP) setPoints([...points, p]);
  };
  const onPointerUp = () => {
    if (!points) return;
    const made = inkAnnotation({ viewport, points, documentId, pageIndex, color });
    setPoints(null);
    if (made) onCreate(made);
  };

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
      {points ? (
        <svg width={viewport.width} height={viewport.height}>
          <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" stroke={color} strokeWidth={2.5} strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      ) : null}
    </div>
  );
}
