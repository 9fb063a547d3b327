import type { Role } from './roles';

export type DossierVolume = 'main' | 'internal';
export const DOSSIER_VOLUMES: readonly DossierVolume[] = ['main', 'internal'];

/**
 * The e-dossier volumes a role may see. The 副卷 (internal) is never shown to parties or their lawyers; every
 * user of this app is court staff, so today every role sees both. This is the one place to tighten the rule:
 * search (src-main/domains/search) applies it to the index, and any other reader of the dossier should too.
 */
export function visibleVolumes(role: Role | string): readonly DossierVolume[] {
  void role;
  return DOSSIER_VOLUMES;
}
