// Resolution (ingest/resolve) time over whole corpora of growing size, and how it grows:
// the ratio of the times of consecutive sizes (10× the documents; linear growth is ≈ 10).
// Documents are resolved as the ingest takes them (resolveEach): each is used, then dropped.
import { resolveEach } from '../../ingest/resolve/resolve-corpus.ts';
import type { BenchSection } from './section.ts';

/** Small corpora resolve in milliseconds: the median of a few runs, until ~1 s has been spent. */
function timeResolve(run: () => void): { seconds: number; runs: number } {
  const times: number[] = [];
  let spent = 0;
  while (times.length < 5 && (times.length === 0 || spent < 1000)) {
    const t0 = performance.now();
    run();
    const ms = performance.now() - t0;
    times.push(ms);
    spent += ms;
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)]! / 1000, runs: times.length };
}

export const resolutionSection: BenchSection = {
  id: 'resolution',
  title: 'Resolution time by corpus size',
  run(ctx) {
    const points: { documents: number; seconds: number; runs: number; persons: number; entities: number; ratioToPrevious: number | null }[] = [];
    for (const size of ctx.sizes.resolution) {
      const corpus = ctx.corpus(size);
      ctx.progress.step(`resolving ${size} documents`);
      let persons = 0;
      let entities = 0;
      const { seconds, runs } = timeResolve(() => {
        const names = new Set<string>();
        const input = corpus.extracted.map((d) => ({ extraction: d.extraction, text: d.source.text }));
        for (const { resolved } of resolveEach(input, corpus.registry)) for (const e of resolved.entities) names.add(`${e.type}|${e.name}`);
        entities = names.size;
        persons = [...names].filter((n) => n.startsWith('person|')).length;
      });
      const previous = points.at(-1);
      points.push({ documents: size, seconds, runs, persons, entities, ratioToPrevious: previous ? seconds / previous.seconds : null });
      ctx.markMemory(`resolution ${size}`);
      ctx.release(size);
    }
    return {
      data: { points },
      rows: points.map((p, i) => ({
        measure: `${p.documents} documents`,
        value: `${p.seconds.toFixed(3)} s${p.ratioToPrevious === null ? '' : ` (× ${p.ratioToPrevious.toFixed(1)} for × ${(p.documents / points[i - 1]!.documents).toFixed(0)} documents)`}; ${p.persons} persons, ${p.entities} entities`,
        ...(i === points.length - 1 && p.ratioToPrevious !== null ? { target: 'ratio ≤ 12 for × 10 documents' } : {}),
      })),
    };
  },
};
