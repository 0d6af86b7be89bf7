// One-to-one matching of predicted items to gold items, and what becomes of the rest.

/** How well a predicted item fits a gold item: null = no match; lower ranks are preferred. */
export type Fit<P, G> = (predicted: P, gold: G) => number | null;

export interface Matching<P, G> {
  readonly pairs: readonly { readonly predicted: P; readonly gold: G }[];
  readonly unmatchedPredicted: readonly P[];
  readonly unmatchedGold: readonly G[];
}

/**
 * A maximum one-to-one matching (Kuhn's augmenting paths), so the count of true positives
 * never depends on the order the extractor listed things in. Among equally large matchings,
 * the best-fitting items choose first, and each tries the gold items it fits best (rank).
 * Each gold item is matched at most once: a second predicted item that fits the same gold
 * item stays unmatched, and the caller counts it as a false positive ("duplicate").
 */
export function matchOneToOne<P, G>(predicted: readonly P[], gold: readonly G[], fit: Fit<P, G>): Matching<P, G> {
  const candidates = predicted.map((p) =>
    gold
      .map((g, gi) => ({ gi, rank: fit(p, g) }))
      .filter((c): c is { gi: number; rank: number } => c.rank !== null)
      .sort((a, b) => a.rank - b.rank || a.gi - b.gi),
  );
  const goldOwner: (number | undefined)[] = gold.map(() => undefined);

  const augment = (pi: number, visited: Set<number>): boolean => {
    for (const { gi } of candidates[pi] ?? []) {
      if (visited.has(gi)) continue;
      visited.add(gi);
      const owner = goldOwner[gi];
      if (owner === undefined || augment(owner, visited)) {
        goldOwner[gi] = pi;
        return true;
      }
    }
    return false;
  };
  // Items with the best fits go first, so an exact match is not lost to an alias match that
  // happened to be listed earlier; augmenting paths still make the matching maximum.
  const bestRank = (pi: number): number => candidates[pi]?.[0]?.rank ?? Number.MAX_SAFE_INTEGER;
  const order = predicted.map((_, pi) => pi).sort((a, b) => bestRank(a) - bestRank(b) || a - b);
  for (const pi of order) augment(pi, new Set());

  const matchedPredicted = new Set<number>();
  const pairs: { predicted: P; gold: G }[] = [];
  goldOwner.forEach((pi, gi) => {
    if (pi === undefined) return;
    matchedPredicted.add(pi);
    pairs.push({ predicted: predicted[pi]!, gold: gold[gi]! });
  });
  return {
    pairs,
    unmatchedPredicted: predicted.filter((_, pi) => !matchedPredicted.has(pi)),
    unmatchedGold: gold.filter((_, gi) => goldOwner[gi] === undefined),
  };
}
