import type { Volume } from '../contract/calls/documentCalls';
import { categoriesFor, findCategory } from './categories';
import type { CategoryDef } from './categoryTypes';
import { evidenceOf, squash, titleKeyOf, type Evidence } from './catalogueText';

export interface Classification {
  category: string;
  volume: Volume;
  /** 0..1: how sure the classifier is; the UI asks a person to look below ~0.6. */
  confidence: number;
}

/** A person's earlier correction: documents titled like `titleKey` belong to `category`. */
export interface CategoryCorrection {
  titleKey: string;
  category: string;
  volume: Volume;
}

/** Where the winning evidence came from; decides the confidence. */
type Source = 'title' | 'head' | 'text' | 'none';

interface Score {
  def: CategoryDef;
  score: number;
  source: Source;
  textHits: number;
}

/** Unmatched papers are nearly always a party's evidence: the catch-all category. */
const FALLBACK = '证据材料';
const TITLE = 100;
const HEAD = 60;
const COMBO_BONUS = 12;
const PER_CHAR = 3;
/** Points for sitting early: EARLY at the very start, one less per character further on. */
const EARLY = 24;
const PER_TEXT_HIT = 4;
const MAX_TEXT_HITS = 5;

const normalCache = new Map<string, string>();
const norm = (phrase: string): string => {
  let n = normalCache.get(phrase);
  if (n === undefined) normalCache.set(phrase, (n = squash(phrase)));
  return n;
};

/**
 * The best keyword of `words` in `where`: longer keywords are more specific, earlier ones are the
 * document's own name (a heading names the paper first; a 卷内目录 or 送达回证 names others after it).
 * 0 when none is found.
 */
function bestKeyword(words: readonly string[], where: string): number {
  let best = 0;
  for (const w of words) {
    const at = where.indexOf(norm(w));
    if (at >= 0) best = Math.max(best, PER_CHAR * w.length + Math.max(0, EARLY - at));
  }
  return best;
}

/** Score of a category in one place (the title, or the heading of the first page). */
function placeScore(def: CategoryDef, where: string, ev: Evidence, base: number): number {
  if (where === '') return 0;
  if (def.rules.not?.some((w) => where.includes(norm(w)))) return -1;
  let best = 0;
  const plain = bestKeyword(def.rules.title, where);
  if (plain > 0) best = base + plain;
  for (const [keyword, words] of def.rules.combos ?? []) {
    const hit = bestKeyword([keyword], where);
    if (hit === 0 || !words.some((w) => ev.title.includes(norm(w)) || ev.text.includes(norm(w)))) continue;
    best = Math.max(best, base + hit + COMBO_BONUS);
  }
  return best;
}

function scoreOf(def: CategoryDef, ev: Evidence): Score {
  const textHits = Math.min(MAX_TEXT_HITS, def.rules.text.filter((p) => ev.text.includes(norm(p))).length);
  const byTitle = placeScore(def, ev.title, ev, TITLE);
  const byHead = placeScore(def, ev.head, ev, HEAD);
  if (byTitle < 0 || (ev.title === '' && byHead < 0)) return { def, score: -1, source: 'none', textHits };
  const source: Source = byTitle > 0 ? 'title' : byHead > 0 ? 'head' : textHits > 0 ? 'text' : 'none';
  return { def, score: Math.max(byTitle, byHead, 0) + PER_TEXT_HIT * textHits, source, textHits };
}

/** Confidence from where the winner's evidence came from and how far ahead of the runner-up it is. */
function confidenceOf(best: Score, runnerUp: Score | undefined): number {
  const margin = best.score - (runnerUp?.score ?? 0);
  const support = Math.min(0.08, 0.02 * best.textHits);
  switch (best.source) {
    case 'title':
      return margin >= 10 ? 0.9 + support : 0.72 + support;
    case 'head':
      return margin >= 10 ? 0.8 + support : 0.62 + support;
    case 'text':
      return Math.min(0.6, 0.3 + 0.06 * best.textHits) - (margin < PER_TEXT_HIT ? 0.1 : 0);
    default:
      return 0.1;
  }
}

/**
 * Decides a document's catalogue category from its title and first-page text, for the case type's
 * catalogue (src-shared/catalogue/categories.ts). Order of evidence: a person's earlier correction for
 * the same titleKey (confidence 1; the FIRST matching correction wins, so pass them newest first) >
 * a title keyword > the heading of the first page (scans named scan_0012.pdf) > typical phrases of the
 * first page. Nothing recognised: 证据材料 with confidence 0.1.
 */
export function classifyDocument(doc: { title: string; firstPageText: string; caseType?: string }, corrections: readonly CategoryCorrection[] = []): Classification {
  const key = titleKey(doc.title);
  if (key !== '') {
    for (const c of corrections) {
      if (c.titleKey !== key) continue;
      // A correction made in a case of another type may name a category this type does not have.
      const def = findCategory(doc.caseType, c.category);
      if (def) return { category: def.name, volume: def.volume, confidence: 1 };
    }
  }
  const ev = evidenceOf(doc);
  const list = categoriesFor(doc.caseType);
  const scores = list.map((def) => scoreOf(def, ev)).filter((s) => s.score > 0);
  // Stable: equal scores keep catalogue order (the earlier category wins a tie).
  scores.sort((a, b) => b.score - a.score);
  const best = scores[0];
  // One stray phrase is not enough to leave the catch-all.
  if (!best || (best.source === 'text' && best.textHits < 2)) {
    const fallback = findCategory(doc.caseType, FALLBACK) ?? list.find((d) => d.volume === 'main' && d.numbered)!;
    return { category: fallback.name, volume: fallback.volume, confidence: best?.def === fallback ? 0.3 : 0.1 };
  }
  const confidence = Math.round(Math.min(1, confidenceOf(best, scores[1])) * 100) / 100;
  return { category: best.def.name, volume: best.def.volume, confidence };
}

/** The normalised title used to remember corrections: no spaces, punctuation, digits or file extension. */
export function titleKey(title: string): string {
  return titleKeyOf(title);
}
