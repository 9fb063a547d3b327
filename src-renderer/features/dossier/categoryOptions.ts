import type { TFunction } from 'i18next';
import type { CategoryDef } from './catalogue';
import { VOLUMES } from './catalogue';

/** Select options for a category, grouped 正卷 / 副卷 in catalogue order. */
export function categoryOptions(categories: CategoryDef[], t: TFunction) {
  return VOLUMES.map((volume) => ({
    label: t(`dossier.volume.${volume}`),
    options: categories.filter((c) => c.volume === volume).map((c) => ({ value: c.name, label: c.name })),
  })).filter((g) => g.options.length > 0);
}
