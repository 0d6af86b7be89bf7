// The `minutes-graph` command: one verb per file, each with its own --help.
const verbs: Record<string, { summary: string; load: () => Promise<(argv: string[]) => Promise<number>> }> = {
  start: { summary: 'find or start Neo4j, ingest seeds/, serve the explorer', load: async () => (await import('./start.ts')).runStartCommand },
  serve: { summary: 'serve the explorer and its API over the graph as it is', load: async () => (await import('./serve.ts')).runServeCommand },
  ingest: { summary: 'ingest minutes (files or folders; default seeds/) into Neo4j', load: async () => (await import('./ingest.ts')).runIngestCommand },
  extract: { summary: 'print what the extractor finds in FILE… (no database needed)', load: async () => (await import('./extract.ts')).runExtractCommand },
  review: { summary: 'list doubtful name decisions to confirm or reject in the registry', load: async () => (await import('./review.ts')).runReviewCommand },
  merge: { summary: 'say that entities are one (written into the registry; undone by split)', load: async () => (await import('./curate.ts')).runMergeCommand },
  split: { summary: "say that a spelling is not the entity it was read as", load: async () => (await import('./curate.ts')).runSplitCommand },
  export: { summary: 'export a network with provenance (GraphML, GEXF, CSV, incidence, Cytoscape JSON)', load: async () => (await import('./export.ts')).runExportCommand },
  involvement: { summary: 'who sat at the table, by organisation category; tenure-aware attendance', load: async () => (await import('./involvement.ts')).runInvolvementCommand },
  forget: { summary: 'forget a person: their facts, and their name in every stored text', load: async () => (await import('./forget.ts')).runForgetCommand },
  eval: { summary: 'score extraction against gold annotations', load: async () => (await import('./eval.ts')).runEvalCommand },
  bench: { summary: 'generate a synthetic corpus with gold, or benchmark the pipeline on it', load: async () => (await import('./bench.ts')).runBenchCommand },
  neo4j: { summary: 'start, stop or check the embedded Neo4j', load: async () => (await import('./neo4j.ts')).runNeo4jCommand },
};

function usage(): string {
  const lines = Object.entries(verbs).map(([name, v]) => `  ${name.padEnd(9)} ${v.summary}`);
  return `Usage: minutes-graph <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun 'minutes-graph <command> --help' for a command's options.`;
}

// Output piped into `head` and closed early is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => process.exit(error.code === 'EPIPE' ? 0 : 1));

const [verb, ...rest] = process.argv.slice(2);
if (!verb || verb === '--help' || verb === '-h' || verb === 'help') {
  console.log(usage());
  process.exit(verb ? 0 : 2);
}
const entry = verbs[verb];
if (!entry) {
  console.error(`minutes-graph: unknown command '${verb}'\n\n${usage()}`);
  process.exit(2);
}
try {
  process.exitCode = await (await entry.load())(rest);
} catch (error) {
  console.error(`minutes-graph ${verb}: ${(error as Error).message}`);
  process.exitCode = 1;
}
