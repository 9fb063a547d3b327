import type { ShownAnnotation, Pointer } from '../../../src-shared/contract/calls/presentationCalls';

const path = (stroke: ShownAnnotation['ink'][number]): string => stroke.map(([x, y], i) => `${i === 0 ? 'M' : 'L'}${x} ${y}`).join(' ');

function Shape({ a }: { a: ShownAnnotation }) {
  const line = { vectorEffect: 'non-scaling-stroke' as const, stroke: a.color, strokeWidth: 3, fill: 'none' };
  if (a.kind === 'ink') return a.ink.map((s, i) => <path key={i} d={path(s)} strokeLinecap="round" strokeLinejoin="round" {...line} />);
  return a.rects.map(([x1, y1, x2, y2], i) => {
    const [w, h] = [x2 - x1, y2 - y1];
    switch (a.kind) {
      case 'highlight':
        return <rect key={i} x={x1} y={y1} width={w} height={h} fill={a.color} fillOpacity={a.opacity || 0.4} style={{ mixBlendMode: 'multiply' }} />;
      case 'underline':
      case 'strikeout': {
        const y = a.kind === 'underline' ? y1 + h * 0.06 : (y1 + y2) / 2;
        return <line key={i} x1={x1} x2={x2} y1={y} y2={y} {...line} />;
      }
      case 'ellipse':
        return <ellipse key={i} cx={(x1 + x2) / 2} cy={(y1 + y2) / 2} rx={w / 2} ry={h / 2} {...line} />;
      case 'freetext':
      case 'stamp':
        // Text stands upright: flip y back inside the page's y-up space.
        return (
          <g key={i} transform={`translate(${x1} ${y2}) scale(1 -1)`}>
            <rect width={w} height={h} rx={4} {...line} fill="#ffffff" fillOpacity={0.8} />
            <text x={w / 2} y={h / 2} textAnchor="middle" dominantBaseline="central" fill={a.color} fontSize={Math.min(h * 0.55, 28)} fontWeight={700}>
              {a.text}
            </text>
          </g>
        );
      default:
        return <rect key={i} x={x1} y={y1} width={w} height={h} {...line} />;
    }
  });
}

/**
 * What the parties see over the page: the showable annotations and the clerk's pointer, in PDF units through the
 * page's viewport transform (scale 1), stretched over the drawn canvas by the viewBox.
 */
export function ShownAnnotations({ size, transform, annotations, pointer }: {
  size: { width: number; height: number };
  transform: number[];
  annotations: ShownAnnotation[];
  pointer: Pointer;
}) {
  const [a, b, c, d, e, f] = transform;
  return (
    <svg className="cd-parties-layer" viewBox={`0 0 ${size.width} ${size.height}`} preserveAspectRatio="none" data-testid="parties-layer">
      <g transform={`matrix(${a} ${b} ${c} ${d} ${e} ${f})`}>
        {annotations.map((ann, i) => (
          <g key={i} data-testid="shown-annotation" data-kind={ann.kind} data-color={ann.color}>
            <Shape a={ann} />
          </g>
        ))}
        {pointer ? (
          <g data-testid="parties-pointer" data-x={pointer.x} data-y={pointer.y}>
            <circle cx={pointer.x} cy={pointer.y} r={14} fill="#ff3b30" fillOpacity={0.25} />
            <circle cx={pointer.x} cy={pointer.y} r={6} fill="#ff3b30" stroke="#ffffff" strokeWidth={2} vectorEffect="non-scaling-stroke" />
          </g>
        ) : null}
      </g>
    </svg>
  );
}
