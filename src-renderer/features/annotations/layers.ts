import type { AnnotationLayer } from '../../../src-shared/annotations/annotation';

/** The antd tag colour of each layer: grey private, blue the trial team's, orange what may be shown in court. */
export const LAYER_TAG_COLORS: Record<AnnotationLayer, string> = { private: 'default', team: 'blue', showable: 'orange' };

/** A 副卷 (internal volume) document's annotations never reach the parties: they cannot be showable. */
export const layerAllowed = (layer: AnnotationLayer, volume: string | undefined): boolean => !(layer === 'showable' && volume === 'internal');
