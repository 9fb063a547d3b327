import { visibleVolumes } from '../../../src-shared/domain/dossierVisibility';
import type { Handler } from '../../services/callContext';
import { searchPages } from './searchQueries';

/** Full-text search of the e-dossier: one case, or every case the user may see, in the volumes their role may see. */
export const pages: Handler<'search.pages'> = (input, ctx) =>
  searchPages(ctx.app.db, { ...input, volumes: visibleVolumes(ctx.actor?.role ?? '') });
