// `minutes-graph extract FILE… --json`: the extraction contract of DESIGN.md, no database.
import { parseArgs } from 'node:util';
import { extractOne, readInputs, resolveAll } from '../ingest/pipeline.ts';
import { loadRegistry } from '../ingest/registry.ts';
import type { ResolvedDocument } from '../ingest/resolve/resolved.ts';
import { loadConfig } from '../server/config.ts';

const help = `Usage: minutes-graph extract [--json] [--registry FILE] FILE|FOLDER…

Reads minutes, extracts meetings, attendees, persons, organisations, groups, projects and
memberships, resolves names across all the files given, and prints the result.
  --json            print the extraction contract (a JSON array, one object per document)
  --registry FILE   curated aliases and nicknames (default: seeds/registry.yaml)`;

/** The contract's shape: canonical names, mentions with their spans. */
export function toContract(r: ResolvedDocument) {
  return {
    source: r.source,
    meeting: { title: r.meeting.title, group: r.meeting.group, date: r.meeting.date, dateCertainty: r.meeting.dateCertainty, dateFrom: r.meeting.dateFrom, dateTo: r.meeting.dateTo },
    minuteTaker: r.minuteTaker,
    attendees: r.attendees.map((a) => ({ name: a.name, organisation: a.organisation, role: a.role, present: a.present })),
    entities: r.entities.map((e) => ({ name: e.name, type: e.type, aliases: e.aliases, mentions: e.mentions })),
    memberships: r.memberships.map((m) => ({ person: m.person, organisation: m.organisation })),
    projectRoles: r.projectRoles.map((p) => ({ person: p.person, project: p.project, role: p.role })),
  };
}

export async function runExtractCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, registry: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return console.log(help), 0;
  if (!positionals.length) return console.error(`minutes-graph extract: name at least one file or folder\n\n${help}`), 2;
  const registry = await loadRegistry(values.registry ?? loadConfig().registryPath);
  const { documents, problems } = await readInputs(positionals);
  for (const p of problems) console.error(`${p.path}: ${p.reason}`);
  const extracted = documents.map((d) => extractOne(d, registry));
  for (const d of extracted) for (const w of d.extraction.warnings) console.error(`${d.source.path}:${w.lineNo ?? 1}: ${w.message} [${w.rule}]`);
  const resolved = resolveAll(extracted, registry);
  if (values.json) console.log(JSON.stringify(resolved.map(toContract), null, 2));
  else for (const r of resolved) {
    console.log(`${r.source}: ${r.meeting.group ?? '(no group)'} ${r.meeting.date ?? `(${r.meeting.dateCertainty}${r.meeting.dateFrom ? ` ${r.meeting.dateFrom}…${r.meeting.dateTo}` : ''})`}`);
    console.log(`  attendees: ${r.attendees.map((a) => `${a.name}${a.organisation ? ` (${a.organisation})` : ''}${a.present ? '' : ' [absent]'}`).join(', ')}`);
    console.log(`  minute taker: ${r.minuteTaker ?? '-'}`);
    for (const type of ['person', 'organisation', 'group', 'project', 'event', 'place'] as const) {
      const names = r.entities.filter((e) => e.type === type).map((e) => e.name);
      if (names.length) console.log(`  ${type}s: ${names.join(', ')}`);
    }
  }
  return documents.length ? 0 : 1;
}
