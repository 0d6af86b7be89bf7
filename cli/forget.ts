// `minutes-graph forget NAME`: a person's right to be forgotten. Their node and facts go, their
// name is cut from every stored text (replaced by a marker), the act is logged without the name,
// and the registry keeps the decision (as name hashes) so a re-ingest of the original files
// redacts them again.
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { createGateway } from '../cypher/gateway.ts';
import { normaliseKey } from '../cypher/model.ts';
import { auditLogPath } from '../ingest/audit-log.ts';
import { forgetPerson } from '../ingest/forget-person.ts';
import { forgottenMarker } from '../ingest/forget.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver, findOrStartNeo4j, verifyConnectivity } from '../server/neo4j/connect.ts';
import { createConsoleLog } from '../server/neo4j/log.ts';

const help = `Usage: minutes-graph forget [--yes] [--registry FILE] NAME

Forgets a person: removes them and every fact about them from the graph, cuts their name and
every other name they go by from the stored texts of the minutes (replaced by "${forgottenMarker}"),
and writes the act to the audit log beside the registry (who, when, how much — not the name).
The registry's forget list keeps the decision as hashes of the names, so ingesting the original
files again redacts them again. The original files on disk are not touched.
  --yes             do not ask for confirmation (needed when not run from a terminal)
  --registry FILE   the registry to write (default: seeds/registry.yaml)
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD when set; otherwise the embedded one is started.`;

export async function runForgetCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { yes: { type: 'boolean' }, registry: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(help), 0;
  if (positionals.length !== 1) return console.error(`minutes-graph forget: give one NAME\n\n${help}`), 2;
  if (!values.yes && !process.stdin.isTTY) return console.error('minutes-graph forget: this cannot be undone from the graph; add --yes to confirm'), 2;
  const cfg = loadConfig();
  const registryPath = values.registry ?? cfg.registryPath;
  const target = await findOrStartNeo4j(cfg, createConsoleLog());
  const driver = createDriver(target);
  try {
    await verifyConnectivity(driver, target);
    const gateway = createGateway(driver, { database: target.database });
    const people = (await gateway.read('find-entities-by-name', { name: normaliseKey(positionals[0]!) })).filter((r) => r.type === 'person');
    if (people.length !== 1) {
      console.error(`minutes-graph forget: ${people.length ? `'${positionals[0]}' names ${people.length} people` : `no person called '${positionals[0]}' in the graph`}`);
      return 1;
    }
    const person = people[0]!;
    if (!values.yes) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      const answer = await rl.question(`Forget ${person.name}${person.aliases.length ? ` (also ${person.aliases.join(', ')})` : ''} and cut the name from every stored text? [y/N] `);
      rl.close();
      if (!/^(y|yes|j|ja)$/i.test(answer.trim())) return console.log('nothing done'), 1;
    }
    const result = await forgetPerson(gateway, registryPath, person, { stage: () => {}, warn: (m) => console.error(`warning: ${m}`) });
    console.log(`forgotten: ${result.namesCut} mention(s) cut from ${result.documentsRedacted} document(s); audit log: ${auditLogPath(registryPath)}`);
    return 0;
  } finally {
    await driver.close();
  }
}
