// GET /api/search: word-prefix, case- and diacritics-insensitive search over every entity.
import type { RouteContext } from '../route.ts';
import type { EntityType, SearchResult } from '../shapes.ts';

// Lucene's query syntax: these characters would be operators; escaped, they are text.
const luceneSpecial = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * "asa hol" → `asa* AND hol*`: every word must match the start of a word of the name.
 * The index's standard-folding analyzer folds the indexed names; the query's words are folded
 * here because Lucene does not analyse wildcard terms.
 */
export function toLuceneQuery(text: string): string | null {
  const words = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[\s,.;:]+/)
    .map((w) => w.replace(luceneSpecial, (c) => `\\${c}`))
    .filter((w) => w.length > 0);
  return words.length ? words.map((w) => `${w}*`).join(' AND ') : null;
}

export async function search(
  { gateway }: RouteContext,
  { query }: { query: { q: string; types?: EntityType[] | undefined; limit: number } },
): Promise<SearchResult> {
  const lucene = toLuceneQuery(query.q);
  if (!lucene) return { query: query.q, results: [] };
  const rows = await gateway.read('search-entities', { query: lucene, types: query.types ?? [], limit: query.limit });
  return {
    query: query.q,
    results: rows.map((r) => ({ id: r.id, type: r.type as EntityType, name: r.name, aliases: r.aliases, category: r.category, score: r.score })),
  };
}
