import type { PageViewport } from 'pdfjs-dist';
import { memo } from 'react';
import type { Annotation } from '../../../src-shared/annotations/annotation';

/** The points of an ink stroke as an SVG path in PDF units. */
const strokePath = (stroke: Annotation['ink'][number]): string =>
  stroke.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

/** A colour darkened for text on white (the light palette colours are unreadable as text). */
function darken(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  const f = (v: number) => Math.round(v * 0.55).toString(16).padStart(2, '0');
  return `#${f((n >> 16) & 255)}${f((n >> 8) & 255)}${f(n & 255)}`;
}

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
    case 'ellipse':
      return a.rects.map(([x1, y1, x2, y2], i) => (
        <ellipse key={i} cx={(x1 + x2) / 2} cy={(y1 + y2) / 2} rx={(x2 - x1) / 2} ry={(y2 - y1) / 2} fill="none" stroke={a.color} strokeWidth={2} {...common} />
      ));
    case 'freetext':
      // The group flips y back (the layer's transform turns PDF's y-up into the screen's y-down), so text stands upright.
      return a.rects.map(([x1, y1, x2, y2], i) => (
        <g key={i} transform={`translate(${x1} ${y2}) scale(1 -1)`}>
          <rect width={x2 - x1} height={y2 - y1} fill="#ffffff" fillOpacity={0.85} stroke={a.color} strokeWidth={1.5} {...common} />
          <foreignObject width={x2 - x1} height={y2 - y1}>
            <div className="cd-ann-freetext-text" style={{ color: darken(a.color) }}>{a.text}</div>
          </foreignObject>
        </g>
      ));
    case 'stamp':
      return a.rects.map(([x1, y1, x2, y2], i) => (
        <g key={i} transform={`translate(${x1} ${y2}) scale(1 -1)`}>
          <rect x={1} y={1} width={x2 - x1 - 2} height={y2 - y1 - 2} rx={5} fill="#ffffff" fillOpacity={0.6} stroke={a.color} strokeWidth={2} {...common} />
          <text x={(x2 - x1) / 2} y={(y2 - y1) / 2} textAnchor="middle" dominantBaseline="central" fill={a.color} fontSize={(y2 - y1) * 0.55} fontWeight={700} className="cd-ann-stamp-text">
            {a.text}
          </text>
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
// Memoised: a page view re-renders several times as it is drawn; its annotations (maybe hundreds) need not.
export const AnnotationLayer = memo(function AnnotationLayer({
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
            data-layer={ann.layer}
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
});
