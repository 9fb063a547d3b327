import { CallFailure } from '../contract/errors';
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

/** Whether a role may see a volume; a volume name it does not know is never visible. */
export function mayReadVolume(role: Role | string, volume: string): boolean {
  return (visibleVolumes(role) as readonly string[]).includes(volume);
}

/**
 * For calls that name a volume: a volume the role may not see does not exist for it (NOT_FOUND, never
 * FORBIDDEN, so the answer reveals nothing about what the volume holds).
 */
export function assertVolumeVisible(role: Role | string, volume: string): void {
  if (!mayReadVolume(role, volume)) throw new CallFailure('NOT_FOUND', '案件没有该卷');
}
