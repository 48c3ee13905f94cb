/**
 * Turns what a person typed into a safe FTS5 MATCH expression: every word
 * becomes a quoted prefix term, so operators and quotes in the input are
 * never interpreted. Returns null when nothing searchable is left.
 */
export function toMatchExpression(input: string, maxTerms = 8): string | null {
  const words = searchWords(input, maxTerms);
  if (words.length === 0) return null;
  return words.map((w) => `"${w.replaceAll('"', "")}"*`).join(" ");
}

/**
 * A city filter as an FTS5 expression on concerts_fts's city column, accents
 * folded by the index ("sao paulo" finds São Paulo); each word a prefix.
 */
export function cityMatchExpression(input: string): string | null {
  const terms = toMatchExpression(input, 4);
  return terms ? `city : (${terms})` : null;
}

/** The words of a query (letters and digits only), at most `maxTerms`. */
export function searchWords(input: string, maxTerms = 8): string[] {
  return input
    .normalize("NFKC")
    .slice(0, 200)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, maxTerms);
}

/** The same query for PostgreSQL's to_tsquery: every word a prefix, all required ("sao:* & paulo:*"). */
export function toTsQuery(input: string, maxTerms = 8): string | null {
  const words = searchWords(input, maxTerms);
  return words.length ? words.map((w) => `${w}:*`).join(" & ") : null;
}
