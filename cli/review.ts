// `minutes-graph review`: the resolver's doubtful decisions, with what to write in the registry.
import { parseArgs } from 'node:util';
import { createGateway } from '../cypher/gateway.ts';
import { extractStored } from '../ingest/ingest-corpus.ts';
import { readStoredDocuments } from '../ingest/load.ts';
import { type ExtractedDocument, extractOne, readInputs, resolveAll } from '../ingest/pipeline.ts';
import { loadRegistry, type Registry } from '../ingest/registry.ts';
import { formatReview, reviewCorpus } from '../ingest/review.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { createDriver, findOrStartNeo4j, verifyConnectivity } from '../server/neo4j/connect.ts';
import { createConsoleLog } from '../server/neo4j/log.ts';

const help = `Usage: minutes-graph review [--json] [--registry FILE] [FILE|FOLDER…]

Lists the decisions a person should confirm or reject: names that could not be resolved to a
person (a bare given name nobody in the corpus has, or one two people share), spellings that
were merged into one entity, and names seen only once. Each comes with the registry entry that
settles it; edit the registry and ingest again. Without files, reviews the corpus in the graph.
  --json            print the items as JSON
  --registry FILE   curated knowledge (default: seeds/registry.yaml)`;

export async function runReviewCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, registry: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(help), 0;
  const cfg = loadConfig();
  const registry = await loadRegistry(values.registry ?? cfg.registryPath);
  const corpus = positionals.length ? await fromFiles(positionals, registry) : await fromGraph(cfg, registry);
  const items = reviewCorpus(resolveAll(corpus, registry));
  if (values.json) {
    console.log(JSON.stringify(items, null, 2));
  } else {
    const texts = new Map(corpus.map((d) => [d.source.path, d.source.text]));
    console.log(formatReview(items, (path, start, end) => (texts.get(path) ?? '').slice(start, end).replace(/\s+/g, ' ')));
  }
  return 0;
}

async function fromFiles(paths: readonly string[], registry: Registry): Promise<ExtractedDocument[]> {
  const { documents, problems } = await readInputs(paths);
  for (const p of problems) console.error(`${p.path}: ${p.reason}`);
  return documents.map((d) => extractOne(d, registry));
}

async function fromGraph(cfg: Config, registry: Registry): Promise<ExtractedDocument[]> {
  const target = await findOrStartNeo4j(cfg, createConsoleLog());
  const driver = createDriver(target);
  try {
    await verifyConnectivity(driver, target);
    return extractStored(await readStoredDocuments(createGateway(driver, { database: target.database })), registry);
  } finally {
    await driver.close();
  }
}
