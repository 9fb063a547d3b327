import type { Actor } from '../../write/runWrite';

export interface SqlFilter {
  /** A boolean SQL expression over the annotations table aliased `a`, with named parameters. */
  sql: string;
  params: Record<string, string>;
}

/**
 * Which annotations a user may see: all of their own, in any layer, and other people's 'team' (合议庭) and
 * 'showable' ones; never a deleted one. Today "the team" is every user of the court (everyone on this
 * device is court staff); this is the one place to tighten that to the case's trial team later.
 */
export function visibleAnnotationFilter(actor: Actor | null): SqlFilter {
  return {
    sql: `a.deleted_at IS NULL AND (a.author_id = @viewer OR a.layer IN ('team', 'showable'))`,
    params: { viewer: actor?.userId ?? '' },
  };
}
