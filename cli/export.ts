// `minutes-graph export`: a derived network (or the person × meeting incidence) as GraphML,
// GEXF, CSV or Cytoscape JSON, with provenance and the corpus it came from.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createGateway } from '../cypher/gateway.ts';
import { exportFormats, renderExport, type ExportFormat, type ExportRequest } from '../analysis/export/render-export.ts';
import { isNetworkKind, networkKinds } from '../analysis/network-data.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver, findOrStartNeo4j, verifyConnectivity } from '../server/neo4j/connect.ts';
import { createConsoleLog } from '../server/neo4j/log.ts';

const help = `Usage: minutes-graph export --format FORMAT [--network KIND] [--from DATE] [--to DATE] [--out PATH] [--pseudonymise]

Exports a network of the graph with the provenance of every node and edge (documents, meetings,
quoted passages) and the corpus it was built from (each document's path and sha256) and this
tool's version, so the result can be reproduced.
  --format FORMAT   graphml     GraphML (Gephi, networkx, igraph, yEd)
                    gexf        GEXF 1.3 with time spells (first/last seen) for Gephi's timeline
                    csv         nodes.csv, edges.csv and metadata.json (needs --out DIR)
                    incidence   two-mode person × meeting matrix as CSV (1 = present)
                    json        Cytoscape JSON (.cyjs)
  --network KIND    ${networkKinds.join(' | ')} (every format but incidence)
  --from DATE       only meetings on or after DATE (YYYY-MM-DD)
  --to DATE         only meetings on or before DATE (YYYY-MM-DD)
  --out PATH        a file, or a directory to write the default file name(s) into;
                    without it the file goes to standard output
  --pseudonymise    people as stable per-corpus identifiers (P-…), their names removed from
                    every field, quotes included
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD when set; otherwise the embedded one is started.`;

class UsageError extends Error {}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function checkDate(name: string, value: string | undefined): string | null {
  if (value === undefined) return null;
  const date = new Date(`${value}T00:00:00Z`);
  if (!isoDate.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`--${name} must be a date as YYYY-MM-DD, got '${value}'`);
  }
  return value;
}

/** The request the options describe, or a UsageError naming the option that is wrong. */
export function parseExportOptions(argv: string[]): (ExportRequest & { out: string | null }) | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      options: {
        format: { type: 'string' }, network: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
        out: { type: 'string' }, pseudonymise: { type: 'boolean' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  const format = values.format;
  if (format === undefined) throw new UsageError(`--format is required: ${exportFormats.join(', ')}`);
  if (!(exportFormats as readonly string[]).includes(format)) throw new UsageError(`unknown --format '${format}': use ${exportFormats.join(', ')}`);
  const network = values.network ?? null;
  if (network !== null && !isNetworkKind(network)) throw new UsageError(`unknown --network '${network}': use ${networkKinds.join(', ')}`);
  if (network === null && format !== 'incidence') throw new UsageError(`--network is required for --format ${format}: ${networkKinds.join(', ')}`);
  const from = checkDate('from', values.from);
  const to = checkDate('to', values.to);
  if (from && to && from > to) throw new UsageError(`--from ${from} is after --to ${to}`);
  if (format === 'csv' && !values.out) throw new UsageError('--format csv writes nodes.csv, edges.csv and metadata.json: give --out DIR');
  return { format: format as ExportFormat, network, period: { from, to }, pseudonymise: values.pseudonymise ?? false, out: values.out ?? null };
}

const isDirectory = (p: string) => statSync(p, { throwIfNoEntry: false })?.isDirectory() ?? false;

/** Where each file goes: into --out when it is a directory (or several files), else --out itself. */
function writeFiles(files: Readonly<Record<string, string>>, out: string): string[] {
  const names = Object.keys(files);
  if (names.length > 1 || isDirectory(out) || out.endsWith(path.sep)) {
    mkdirSync(out, { recursive: true });
    return names.map((name) => (writeFileSync(path.join(out, name), files[name]!), path.join(out, name)));
  }
  mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  writeFileSync(out, files[names[0]!]!);
  return [out];
}

export async function runExportCommand(argv: string[]): Promise<number> {
  let request;
  try {
    request = parseExportOptions(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`minutes-graph export: ${error.message}\nRun 'minutes-graph export --help' for the options.`);
    return 2;
  }
  if (request === 'help') return console.log(help), 0;

  const cfg = loadConfig();
  const target = await findOrStartNeo4j(cfg, createConsoleLog());
  const driver = createDriver(target);
  try {
    await verifyConnectivity(driver, target);
    const files = await renderExport(createGateway(driver, { database: target.database }), request);
    if (request.out === null) {
      process.stdout.write(Object.values(files)[0]!);
    } else {
      for (const written of writeFiles(files, request.out)) console.error(`wrote ${written}`);
    }
    return 0;
  } finally {
    await driver.close();
  }
}
