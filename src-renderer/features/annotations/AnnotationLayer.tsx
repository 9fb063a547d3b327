import type { PageViewport } from 'pdfjs-dist';
import type { Annotation } from '../../../src-shared/annotations/annotation';

/** The points of an ink stroke as an SVG path in PDF units. */
const strokePath = (stroke: Annotation['ink'][number]): string =>
  stroke.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

function Shape({ a }: { a: Annotation }) {
  const common = { vectorEffect: 'non-scaling-stroke' as const };
  switch (a.kind) {
    case 'highlight':
      return a.rects.map(([x1, y1, x2, y2], i) => (
        <rect key={i} x={x1} y={y1} width={x2 - x1} height={y2 - y1} fill={a.color} fillOpacity={a.opacity || 0.4} style={{ mixBlendMode: 'multiply' }} />
      ));
    case 'underline':
    case 'strikeout':
      return a.rects.map(([x1, y1, x2, y2], i) => {
        const y = a.kind === 'underline' ? y1 + (y2 - y1) * 0.06 : (y1 + y2) / 2;
        return <line key={i} x1={x1} x2={x2} y1={y} y2={y} stroke={a.color} strokeWidth={2} {...common} />;
      });
    case 'ink':
      return a.ink.map((s, i) => (
        <path key={i} d={strokePath(s)} fill="none" stroke={a.color} strokeWidth={1 + 3 * (s[0]?.[2] ?? 0.5)} strokeLinecap="round" strokeLinejoin="round" {...common} />
      ));
    case 'note':
      return a.rects.map(([x1, y1, x2, y2], i) => (
        <g key={i} className="cd-ann-note">
          <rect x={x1} y={y1} width={x2 - x1} height={y2 - y1} rx={2} fill={a.color} stroke="#8a6d00" strokeWidth={1} {...common} />
          <path d={`M${x1 + 4} ${y2 - 6} H${x2 - 4} M${x1 + 4} ${y2 - 10} H${x2 - 4} M${x1 + 4} ${y2 - 14} H${x2 - 8}`} stroke="#5c4a00" strokeWidth={1} {...common} />
        </g>
      ));
    default:
      return a.rects.map(([x1, y1, x2, y2], i) => (
        <rect key={i} x={x1} y={y1} width={x2 - x1} height={y2 - y1} fill="none" stroke={a.color} strokeWidth={2} {...common} />
      ));
  }
}

/**
 * The annotation layer of one page: an SVG over the canvas drawing the page's annotations from their PDF-space
 * rectangles and strokes through the viewport's transform (PDF units → CSS pixels, y flipped), so they stay on
 * the words at any zoom. Each annotation carries its PDF geometry in data-pdf (the e2e test reads it back).
 */
export function AnnotationLayer({
  viewport,
  annotations,
  selectedId,
  onOpen,
}: {
  viewport: PageViewport;
  annotations: Annotation[];
  selectedId: string | null;
  onOpen: (id: string) => void;
}) {
  const [a, b, c, d, e, f] = viewport.transform as number[];
  return (
    <svg className="cd-ann-layer" width={viewport.width} height={viewport.height} data-testid="annotation-layer">
      <g transform={`matrix(${a} ${b} ${c} ${d} ${e} ${f})`}>
        {annotations.map((ann) => (
          <g
            key={ann.id}
            data-testid="annotation"
            data-id={ann.id}
            data-kind={ann.kind}
            data-pdf={JSON.stringify(ann.kind === 'ink' ? ann.ink : ann.rects)}
            className={`cd-ann cd-ann-${ann.kind}${ann.id === selectedId ? ' cd-ann-selected' : ''}`}
            onClick={() => onOpen(ann.id)}
          >
            <Shape a={ann} />
          </g>
        ))}
      </g>
    </svg>
  );
}
