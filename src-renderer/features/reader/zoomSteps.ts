/** Zoom factors over fit-width, in the order of the +/- buttons. */
export const ZOOM_STEPS = [0.5, 0.67, 0.8, 1, 1.25, 1.5, 2, 3] as const;

export const zoomIn = (zoom: number): number => ZOOM_STEPS.find((z) => z > zoom + 1e-6) ?? zoom;
export const zoomOut = (zoom: number): number => [...ZOOM_STEPS].reverse().find((z) => z < zoom - 1e-6) ?? zoom;
export const canZoomIn = (zoom: number): boolean => zoomIn(zoom) !== zoom;
export const canZoomOut = (zoom: number): boolean => zoomOut(zoom) !== zoom;

/** A page index kept inside the document. */
export const clampPage = (index: number, pageCount: number): number => Math.max(0, Math.min(pageCount - 1, Math.floor(index)));
