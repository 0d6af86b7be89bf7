// Resolution (ingest/resolve) time over whole corpora of growing size, and how it grows:
// the ratio of the times of consecutive sizes (10× the documents; linear growth is ≈ 10).
// Documents are resolved as the ingest takes them (resolveEach): each is used, then dropped.
// Each size runs in a process of its own (`minutes-graph bench resolve`), as an ingest does:
// in the bench's process the largest size would be timed beside the heap the earlier
// sections left behind, and its garbage collection would be theirs as much as its own.
import v8 from 'node:v8';
import vm from 'node:vm';
import { minutesGraphArgs } from '../../cli/node-flags.ts';
import { resolveEach } from '../../ingest/resolve/resolve-corpus.ts';
import { runMeasured } from './child-rss.ts';
import type { ExtractedCorpus } from './context.ts';
import type { BenchSection } from './section.ts';


/** What `bench resolve` prints: one size's time, the median of its runs. */
export interface ResolutionTiming {
  readonly documents: number;
  readonly seconds: number;
  readonly runs: number;
  readonly persons: number;
  readonly entities: number;
}

/** Small corpora resolve in milliseconds: the median of a few runs, until ~1 s has been spent. */
function timeResolve(run: () => number): { seconds: number; runs: number } {
  const times: number[] = [];
  let spent = 0;
  while (times.length < 5 && (times.length === 0 || spent < 1000)) {
    const ms = run();
    times.push(ms);
    spent += ms;
  }
  times.sort((a, b) => a - b);
  return { seconds: times[Math.floor(times.length / 2)]! / 1000, runs: times.length };
}

/**
 * Resolves these documents as the ingest does, and the names of the entities they resolve to,
 * by type. Only the resolver's own work is timed (the milliseconds returned): each document from
 * the moment it is asked for until it is given. Collecting the names is the bench's own work (at
 * 100k documents, sets of 113k names: half a second, a tenth of it at 10k).
 */
function resolveNames(corpus: ExtractedCorpus, documents: ExtractedCorpus['extracted']): { names: Map<string, Set<string>>; ms: number } {
  const names = new Map<string, Set<string>>();
  const input = documents.map((d) => ({ extraction: d.extraction, text: d.source.text }));
  let ms = 0;
  const t0 = performance.now();
  const each = resolveEach(input, corpus.registry);
  ms += performance.now() - t0;
  for (;;) {
    const t1 = performance.now();
    const next = each.next();
    ms += performance.now() - t1;
    if (next.done) break;
    for (const e of next.value.resolved.entities) (names.get(e.type) ?? names.set(e.type, new Set()).get(e.type)!).add(e.name);
  }
  return { names, ms };
}

/** Documents resolved, untimed, before the timing: the compiler has warmed up on them, whatever the size timed. */
const warmUpDocuments = 200;

/** A full collection, so the garbage that generating and extracting the corpus left is not timed as resolution's. */
function collectGarbage(): void {
  v8.setFlagsFromString('--expose-gc');
  (vm.runInNewContext('gc') as () => void)();
}

/** Times the resolution of an extracted corpus in this process. */
export function timeResolution(corpus: ExtractedCorpus): ResolutionTiming {
  resolveNames(corpus, corpus.extracted.slice(0, warmUpDocuments));
  collectGarbage();
  let names = new Map<string, Set<string>>();
  const { seconds, runs } = timeResolve(() => {
    const run = resolveNames(corpus, corpus.extracted);
    names = run.names;
    return run.ms;
  });
  const entities = [...names.values()].reduce((n, set) => n + set.size, 0);
  return { documents: corpus.size, seconds, runs, persons: names.get('person')?.size ?? 0, entities };
}

/** The timing `bench resolve` printed as the last line of its output. */
function parseTiming(stdout: string, size: number): ResolutionTiming {
  const last = stdout.trim().split('\n').at(-1) ?? '';
  try {
    const timing = JSON.parse(last) as ResolutionTiming;
    if (timing.documents === size && Number.isFinite(timing.seconds)) return timing;
  } catch {
    // reported below
  }
  throw new Error(`bench resolve --docs ${size} printed no timing (last line: '${last.slice(0, 200)}')`);
}

/**
 * Processes per size. One process's time varies by several per cent on a shared machine, and the
 * ratio of two sizes twice as much: each size is timed in this many processes, the sizes taken
 * in turn (1k, 10k, 100k, 1k, …) so a slow spell of the machine falls on all of them, and its
 * median is reported with every process's time beside it.
 */
export const processesPerSize = 3;

type ProcessTiming = ResolutionTiming & { readonly peakRssBytes: number };

const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export const resolutionSection: BenchSection = {
  id: 'resolution',
  title: 'Resolution time by corpus size',
  async run(ctx) {
    const sizes = ctx.sizes.resolution;
    const timings = new Map<number, ProcessTiming[]>(sizes.map((size) => [size, []]));
    for (let round = 1; round <= processesPerSize; round++) {
      for (const size of sizes) {
        ctx.progress.step(`resolving ${size} documents in a process of its own, ${round} of ${processesPerSize} (generated and extracted there first)`);
        const child = await runMeasured(process.execPath, minutesGraphArgs('bench', 'resolve', '--docs', String(size), '--seed', String(ctx.seed)), process.env);
        if (child.code !== 0) throw new Error(`bench resolve --docs ${size} failed (exit ${child.code}): ${child.stderrTail}`);
        timings.get(size)!.push({ ...parseTiming(child.stdout, size), peakRssBytes: child.peakRssBytes });
      }
    }
    const points: (ResolutionTiming & { processSeconds: number[]; ratioToPrevious: number | null; peakRssBytes: number })[] = [];
    for (const size of sizes) {
      const runs = timings.get(size)!;
      const seconds = median(runs.map((t) => t.seconds));
      const chosen = runs.find((t) => t.seconds === seconds)!;
      const previous = points.at(-1);
      points.push({
        ...chosen,
        processSeconds: runs.map((t) => t.seconds),
        ratioToPrevious: previous ? seconds / previous.seconds : null,
        peakRssBytes: Math.max(...runs.map((t) => t.peakRssBytes)),
      });
    }
    return {
      data: { points, processesPerSize },
      rows: points.map((p, i) => ({
        measure: `${p.documents} documents`,
        value: `${p.seconds.toFixed(3)} s${p.ratioToPrevious === null ? '' : ` (× ${p.ratioToPrevious.toFixed(1)} for × ${(p.documents / points[i - 1]!.documents).toFixed(0)} documents)`}, the median of ${p.processSeconds.map((t) => t.toFixed(3)).join(', ')} s; ${p.persons} persons, ${p.entities} entities; its processes peaked at ${Math.round(p.peakRssBytes / 2 ** 20)} MiB RSS`,
        ...(i === points.length - 1 && p.ratioToPrevious !== null ? { target: 'ratio ≤ 12 for × 10 documents' } : {}),
      })),
      notes: [`Each size is generated, extracted and resolved in a \`minutes-graph bench resolve\` process of its own, ${processesPerSize} times, the sizes in turn; the median is given, and the ratio is of medians. Only the resolver's work is timed, each document from when it is asked for until it is given, not the bench's own counting of the names it resolved to (the median of up to five runs for sizes that take under a second), after an untimed resolution of its first ${warmUpDocuments} documents and a full garbage collection.`],
    };
  },
};
