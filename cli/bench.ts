// `minutes-graph bench generate|run|resolve`: a deterministic synthetic corpus with gold, the
// benchmark that measures the pipeline on it, and the timing of one resolution size it runs.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeCorpus } from '../bench/generate/write-corpus.ts';
import { createProgress, defaultSizes, extractCorpus, smallSizes, type BenchSizes } from '../bench/run/context.ts';
import { processesPerSize, timeResolution } from '../bench/run/resolution.ts';
import { formatMarkdown, writeReport } from '../bench/run/report.ts';
import { runBench } from '../bench/run/run-bench.ts';
import { sections } from '../bench/run/sections.ts';

const help = `Usage: minutes-graph bench generate --docs N [--seed S] --out DIR
       minutes-graph bench run [--small] [--seed S] [--out DIR] [--only SECTION,…] [--memory-docs N]
       minutes-graph bench resolve --docs N [--seed S]

generate  writes a synthetic corpus of N minutes: working groups' informal minutes in the
          style of seeds/ and boards' formal protocols (sammanträdesprotokoll), about an
          invented population drawn with a skew (a few people at most meetings, many at
          one), with nicknames, bare given names, "Förnamn E", genitives, shared given names
          and namesakes. The same N and S give byte-identical files:
            DIR/minutes/NNNNNN.txt   the minutes
            DIR/gold/NNNNNN.json     gold annotation, the shared/eval/seeds-gold format
            DIR/gold/corpus.json     facts about the corpus as a whole
            DIR/registry.yaml        its curated registry (nicknames, abbreviations)
            DIR/manifest.json        how it was made
          Score the extractor on it with:
            minutes-graph eval --gold DIR/gold --registry DIR/registry.yaml DIR/minutes
  --docs N      number of documents (required)
  --seed S      an integer (default 1)
  --out DIR     output folder: empty, new, or an earlier generated corpus (required)

run       measures (resolution and the ingest's peak RSS in child processes, the rest in
          this one) and writes bench-report.json and bench-report.md:
          ${sections.map((s) => s.title.toLowerCase()).join('; ')}.
          Sizes: throughput on ${defaultSizes.throughputDocs} documents; resolution at ${defaultSizes.resolution.join(', ')} documents;
          quality at ${defaultSizes.quality} documents (--small: ${smallSizes.throughputDocs}; ${smallSizes.resolution.join(', ')}; ${smallSizes.quality}).
          Neo4j (NEO4J_URI, else the embedded one; its graph is cleared): ingest of ${defaultSizes.ingestDocs} documents
          and the API on that graph, ingest peak RSS at ${defaultSizes.memoryDocs}, workers at ${defaultSizes.workersDocs}; the
          explorer in Chromium at ${defaultSizes.explorerElements.join(', ')} elements (--small: ${smallSizes.ingestDocs}; ${smallSizes.memoryDocs}; ${smallSizes.workersDocs}; ${smallSizes.explorerElements.join(', ')}).
          Progress goes to stderr; the markdown table to stdout.
  --small       the small sizes: a quick check that everything runs
  --seed S      seed of the generated corpora (default 1)
  --out DIR     where the report goes (default bench/results, git-ignored)
  --only LIST   run only these sections (ids: ${sections.map((s) => s.id).join(', ')})
  --memory-docs N  the ingest whose peak RSS is measured has N documents

resolve   generates and extracts the corpus of N documents in memory (without its gold),
          collects the garbage that left, then times its resolution in this process (the
          median of up to five runs under a second) and prints it as one line of JSON:
          bench run runs it ${processesPerSize} times for each size, the sizes in turn.
  --docs N      number of documents (required)
  --seed S      an integer (default 1)

Exit status: 0 on success, 2 on bad arguments, 1 when a step fails.`;

export interface BenchOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly tty: boolean;
}

const consoleOutput: BenchOutput = { out: (t) => console.log(t), err: (t) => process.stderr.write(t), tty: !!process.stderr.isTTY };

const defaultOut = path.join(import.meta.dirname, '..', 'bench', 'results');

function integer(value: string | undefined, name: string, min: number): number | string {
  if (value === undefined) return `${name} is required`;
  if (!/^\d+$/.test(value) || Number(value) < min) return `${name} must be an integer ≥ ${min}, not '${value}'`;
  return Number(value);
}

export async function runBenchCommand(argv: string[], io: BenchOutput = consoleOutput): Promise<number> {
  const fail = (message: string): number => (io.err(`minutes-graph bench: ${message} (see --help)\n`), 2);
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        docs: { type: 'string' }, seed: { type: 'string' }, out: { type: 'string' },
        small: { type: 'boolean' }, only: { type: 'string' }, 'memory-docs': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) return io.out(help), 0;
  const [verb, ...extra] = positionals;
  if (extra.length) return fail(`unexpected arguments: ${extra.join(' ')}`);
  const seed = integer(values.seed ?? '1', '--seed', 0);
  if (typeof seed === 'string') return fail(seed);
  const progress = createProgress(io.err, io.tty);

  if (verb === 'generate') {
    const docs = integer(values.docs, '--docs', 1);
    if (typeof docs === 'string') return fail(docs);
    if (!values.out) return fail('--out DIR is required');
    if (values.small || values.only) return fail('--small and --only belong to bench run');
    progress.step(`generating ${docs} documents (seed ${seed}) into ${values.out}`);
    try {
      const w = writeCorpus(values.out, { docs, seed }, progress.count);
      io.out(`${w.docs} documents (${Object.entries(w.styles).map(([k, n]) => `${n} ${k}`).join(', ')}), ${(w.bytes / 1e6).toFixed(1)} MB, ${w.persons} persons (${w.namesakes} namesake pairs) in ${w.dir}`);
    } catch (error) {
      io.err(`minutes-graph bench generate: ${(error as Error).message}\n`);
      return 1;
    }
    return 0;
  }
  if (verb === 'resolve') {
    const docs = integer(values.docs, '--docs', 1);
    if (typeof docs === 'string') return fail(docs);
    if (values.out || values.small || values.only || values['memory-docs']) return fail('bench resolve takes only --docs and --seed');
    const timing = timeResolution(extractCorpus(docs, seed, progress));
    progress.step(`resolved ${docs} documents in ${timing.seconds.toFixed(3)} s`);
    io.out(JSON.stringify(timing));
    return 0;
  }
  if (verb === 'run') {
    if (values.docs) return fail('--docs belongs to bench generate; bench run has --small');
    const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
    const unknown = only?.filter((id) => !sections.some((s) => s.id === id)) ?? [];
    if (unknown.length) return fail(`unknown section ${unknown.join(', ')}`);
    const memoryDocs = values['memory-docs'] === undefined ? null : integer(values['memory-docs'], '--memory-docs', 1);
    if (typeof memoryDocs === 'string') return fail(memoryDocs);
    const base: BenchSizes = values.small ? smallSizes : defaultSizes;
    const sizes: BenchSizes = memoryDocs === null ? base : { ...base, memoryDocs };
    const report = await runBench(sizes, seed, progress, only);
    const files = writeReport(values.out ?? defaultOut, report);
    io.out(formatMarkdown(report));
    io.err(`bench: report written to ${files.json} and ${files.markdown}\n`);
    return 0;
  }
  return fail(verb ? `unknown subcommand '${verb}'; use generate, run or resolve` : 'name a subcommand: generate, run or resolve');
}
