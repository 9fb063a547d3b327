/**
 * The search index's tokens. SQLite's tokenizers do not cut Chinese into words, and FTS5's trigram
 * tokenizer cannot find 1- or 2-character queries, so text is indexed as:
 * - every Chinese character alone (prefixed `u`), for 1-character queries;
 * - every pair of adjacent Chinese characters (prefixed `b`), for 2+ character queries as a phrase of pairs;
 * - runs of Latin letters and digits, lower-cased (prefixed `w`), matched by prefix.
 * The prefixes keep the three kinds apart inside one FTS5 column (unicode61 keeps letters and digits).
 */
const CJK = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const TOKEN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]+/g;

/** Full-width letters and digits to ASCII, so ＡＢ１２ finds AB12. */
const halfWidth = (s: string): string => s.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** Code points, so characters outside the BMP are not split into halves. */
const codePoints = (s: string): string[] => Array.from(s);

/** The token text stored in the index for a page's text. */
export function indexTokens(text: string): string {
  const out: string[] = [];
  for (const run of halfWidth(text).match(TOKEN_RUN) ?? []) {
    if (CJK.test(run[0]!)) {
      const chars = codePoints(run);
      for (let i = 0; i < chars.length; i++) {
        out.push(`u${hex(chars[i]!)}`);
        if (i + 1 < chars.length) out.push(`b${hex(chars[i]!)}${hex(chars[i + 1]!)}`);
      }
    } else out.push(`w${run.toLowerCase()}`);
  }
  return out.join(' ');
}

/**
 * An FTS5 MATCH expression for a user's query: all terms must occur (AND); each Chinese run is a phrase of
 * its pairs (or its single character); each Latin/digit run matches as a prefix. Null when nothing searchable.
 */
export function queryExpression(query: string): string | null {
  const parts: string[] = [];
  for (const run of halfWidth(query).match(TOKEN_RUN) ?? []) {
    if (CJK.test(run[0]!)) {
      const chars = codePoints(run);
      if (chars.length === 1) parts.push(`"u${hex(chars[0]!)}"`);
      else {
        const pairs: string[] = [];
        for (let i = 0; i + 1 < chars.length; i++) pairs.push(`b${hex(chars[i]!)}${hex(chars[i + 1]!)}`);
        parts.push(`"${pairs.join(' ')}"`);
      }
    } else parts.push(`"w${run.toLowerCase()}"*`);
  }
  return parts.length ? parts.join(' AND ') : null;
}

/** The query's terms as plain strings (for highlighting hits in the original text). */
export function queryTerms(query: string): string[] {
  return (halfWidth(query).match(TOKEN_RUN) ?? []).map((t) => t.toLowerCase());
}

// Hex keeps tokens ASCII: unicode61 would otherwise apply its own rules to the characters.
const hex = (ch: string): string => ch.codePointAt(0)!.toString(16);
