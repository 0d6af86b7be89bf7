// `minutes-graph eval --gold DIR FILE…`: scores the pure pipeline against gold annotations.
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { checkCorpusFacts } from '../ingest/eval/corpus-facts.ts';
import { GoldError, goldKey, loadGold, type GoldSet } from '../ingest/eval/gold.ts';
import { formatReport, toReportJson } from '../ingest/eval/report.ts';
import { pairWithGold, scoreCorpus } from '../ingest/eval/score.ts';
import { extractOne, readInputs, resolveAll } from '../ingest/pipeline.ts';
import { loadRegistry, type Registry } from '../ingest/registry.ts';
import { loadConfig } from '../server/config.ts';

const help = `Usage: minutes-graph eval --gold DIR [--json] [--registry FILE] FILE|FOLDER…

Extracts and resolves the minutes given (no database), and scores the result against
hand-made gold annotations: precision, recall and F1 per entity type and for attendees,
their organisations, absent members, memberships, project roles, meeting dates, minute
takers and groups, then each document's misses by name.
  --gold DIR        gold files in the format of shared/eval/seeds-gold: one JSON file per
                    document, matched to an input by its "document" field (the file's
                    basename), and an optional corpus.json with facts about all of them
  --json            print the scores as JSON
  --registry FILE   curated aliases and nicknames (default: seeds/registry.yaml)

Every input needs a gold file; gold files for documents not given are left out.
Exit status: 0 when scored, 2 on bad arguments, a missing or malformed gold folder, or an
input without gold.`;

export interface EvalOutput {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

const consoleOutput: EvalOutput = { out: (t) => console.log(t), err: (t) => console.error(t) };

export async function runEvalCommand(argv: string[], io: EvalOutput = consoleOutput): Promise<number> {
  const fail = (message: string): number => (io.err(`minutes-graph eval: ${message}`), 2);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { gold: { type: 'string' }, json: { type: 'boolean' }, registry: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    return fail(`${(error as Error).message} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (values.help) return io.out(help), 0;
  if (!values.gold) return fail('--gold DIR is required (see --help)');
  if (!positionals.length) return fail('name at least one file or folder of minutes (see --help)');

  let gold: GoldSet;
  try {
    gold = await loadGold(values.gold);
  } catch (error) {
    if (error instanceof GoldError) return fail(error.message);
    throw error;
  }
  // loadRegistry takes a missing file for an empty registry; a path typed by hand must exist.
  if (values.registry !== undefined && !existsSync(values.registry)) return fail(`${values.registry}: no such registry file`);
  let registry: Registry;
  try {
    registry = await loadRegistry(values.registry ?? loadConfig().registryPath);
  } catch (error) {
    // loadRegistry throws only for a registry it cannot read or parse, with the file named.
    return fail((error as Error).message);
  }

  const { documents, problems } = await readInputs(positionals);
  for (const p of problems) io.err(`${p.path}: ${p.reason}`);
  if (!documents.length) return fail('none of the inputs could be read');

  const resolved = resolveAll(documents.map((d) => extractOne(d, registry)), registry);
  const pairing = pairWithGold(resolved, gold.documents);
  if (pairing.clashes.length) return fail(`several inputs are named ${pairing.clashes.join(', ')}; gold is matched by file name, give each once`);
  if (pairing.unannotated.length) return fail(`no gold file in ${gold.dir} has "document" = ${pairing.unannotated.map((s) => JSON.stringify(goldKey(s))).join(', ')}`);

  const scores = scoreCorpus(resolved, gold.documents);
  // corpus.json describes all the gold documents together: checked only when all are given.
  const checkCorpus = gold.corpus !== null && scores.unscoredGold.length === 0;
  const corpusChecks = checkCorpus && gold.corpus ? checkCorpusFacts(resolved, gold.corpus) : null;
  const notes = gold.corpus && !checkCorpus ? [`corpus.json not checked: it describes all ${gold.documents.length} gold documents, and ${scores.documents.length} were given`] : [];
  io.out(values.json ? JSON.stringify(toReportJson(scores, corpusChecks, notes), null, 2) : formatReport(scores, corpusChecks, notes));
  return 0;
}
