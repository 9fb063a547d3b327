import type { SearchHit } from './groupHits';

/** A search snippet as text: the matched parts in <mark>, never as HTML from the server. */
export function Snippet({ parts }: { parts: SearchHit['snippet'] }) {
  return (
    <span className="cd-snippet" data-testid="snippet">
      {parts.map((p, i) => (p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  );
}
