import { resolve } from 'node:path';

/** The shared pdf.js test corpus, beside the project (../shared/corpus/pdfjs); never copied into it. */
export const CORPUS_DIR = resolve(__dirname, '../../../shared/corpus/pdfjs');
export const corpusFile = (name: string): string => resolve(CORPUS_DIR, name);
