// `minutes-graph merge` and `minutes-graph split`: curation decisions written into the registry,
// then the stored corpus resolved again, so the graph follows and every later ingest keeps them.
import { parseArgs } from 'node:util';
import { createGateway, type Gateway } from '../cypher/gateway.ts';
import { normaliseKey } from '../cypher/model.ts';
import { curate } from '../ingest/curate.ts';
import { type CuratedEntity, planMerge, planSplit } from '../ingest/curation-plan.ts';
import { CurationError } from '../ingest/curation.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver, findOrStartNeo4j, verifyConnectivity } from '../server/neo4j/connect.ts';
import { createConsoleLog } from '../server/neo4j/log.ts';

const common = `  --registry FILE   the registry to write (default: seeds/registry.yaml)
Names are matched without regard to case, against each entity's name and its other spellings.
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD when set; otherwise the embedded one is started.`;

const help = {
  merge: `Usage: minutes-graph merge [--registry FILE] INTO NAME…

Says that the entities called NAME… are the one called INTO (a person, organisation, group or
project): the registry lists their names and spellings as aliases of INTO, and the graph is
resolved again. 'minutes-graph split INTO NAME' undoes it.
${common}`,
  split: `Usage: minutes-graph split [--registry FILE] ENTITY NAME

Says that NAME, one of ENTITY's spellings, is someone or something else: an alias the registry
gave ENTITY is taken away (undoing a merge); a spelling the rules joined (a nickname, an initial,
an inflection) is kept apart with a keepApart entry. The graph is resolved again.
${common}`,
};

export const runMergeCommand = (argv: string[]) => run('merge', argv);
export const runSplitCommand = (argv: string[]) => run('split', argv);

async function run(verb: 'merge' | 'split', argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { registry: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(help[verb]), 0;
  if (verb === 'merge' ? positionals.length < 2 : positionals.length !== 2) {
    console.error(`minutes-graph ${verb}: ${verb === 'merge' ? 'give INTO and at least one NAME' : 'give ENTITY and NAME'}\n\n${help[verb]}`);
    return 2;
  }
  const cfg = loadConfig();
  const registryPath = values.registry ?? cfg.registryPath;
  const log = createConsoleLog();
  const target = await findOrStartNeo4j(cfg, log);
  const driver = createDriver(target);
  try {
    await verifyConnectivity(driver, target);
    const gateway = createGateway(driver, { database: target.database });
    const [first, ...rest] = positionals as [string, ...string[]];
    const entity = await entityCalled(gateway, first);
    const edit = verb === 'merge' ? planMerge(entity, await Promise.all(rest.map((n) => entityCalled(gateway, n, entity.type)))) : planSplit(entity, rest[0]!);
    const result = await curate(gateway, registryPath, edit, { stage: () => {}, warn: (m) => console.error(`warning: ${m}`) });
    if (!result.changes.length) return console.log(`${registryPath}: already says so; nothing changed`), 0;
    console.log(`${registryPath}:\n${result.changes.map((c) => `  ${c}`).join('\n')}`);
    if (result.ingest) console.log(`graph: ${result.ingest.load.documentsLoaded} of ${result.ingest.corpusDocuments} document(s) loaded again`);
    return 0;
  } catch (error) {
    if (error instanceof CurationError) return console.error(`minutes-graph ${verb}: ${error.message}`), 1;
    throw error;
  } finally {
    await driver.close();
  }
}

/** The one person, organisation, group or project called `name`; the type of `like` first when several are. */
async function entityCalled(gateway: Gateway, name: string, like?: string): Promise<CuratedEntity> {
  const rows = await gateway.read('find-entities-by-name', { name: normaliseKey(name) });
  const chosen = rows.length > 1 && like ? rows.filter((r) => r.type === like) : rows;
  if (chosen.length === 1) return chosen[0]!;
  if (!chosen.length) throw new CurationError(`no person, organisation, group or project called '${name}' in the graph`);
  throw new CurationError(`'${name}' names ${chosen.length} entities (${chosen.map((r) => `${r.type} ${r.name}`).join(', ')}); use a name only one of them has`);
}
