import type { Migration } from '../migration';
import { m0001Core } from './m0001Core';
import { m0002Settings } from './m0002Settings';
import { m0003Documents } from './m0003Documents';
import { m0004Dossier } from './m0004Dossier';
import { m0005SearchIndex } from './m0005SearchIndex';
import { m0006Annotations } from './m0006Annotations';
import { m0007Courtroom } from './m0007Courtroom';
import { m0008Filing } from './m0008Filing';
import { m0009Service } from './m0009Service';
import { m0010Bookmarks } from './m0010Bookmarks';
import { m0011Calendar } from './m0011Calendar';
import { m0012SearchTriples } from './m0012SearchTriples';
import { m0013AnnotationOrder } from './m0013AnnotationOrder';
import { m0014OcrLines } from './m0014OcrLines';
import { m0015AnnotationsClustered } from './m0015AnnotationsClustered';

export const MIGRATIONS: readonly Migration[] = [m0001Core, m0002Settings, m0003Documents, m0004Dossier, m0005SearchIndex, m0006Annotations, m0007Courtroom, m0008Filing, m0009Service, m0010Bookmarks, m0011Calendar, m0012SearchTriples, m0013AnnotationOrder, m0014OcrLines, m0015AnnotationsClustered];
