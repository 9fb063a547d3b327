/** Images are shown through their PDF rendition, so every document reads the same way. */
export const needsRendition = (mediaType: string): boolean => mediaType !== 'application/pdf';
