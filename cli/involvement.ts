// `minutes-graph involvement`: who sat at the table, by organisation category, per meeting or
// period; with --attendance, each member's tenure-aware attendance of one group. CSV or JSON.
import { parseArgs } from 'node:util';
import { fetchInvolvement, fetchTenure } from '../analysis/involvement-data.ts';
import { involvementByPeriod, meetingInvolvementCsv, periodInvolvementCsv, type PeriodUnit, periodUnits } from '../analysis/involvement.ts';
import { tenureCsv } from '../analysis/tenure.ts';
import { createGateway, type Gateway } from '../cypher/gateway.ts';
import { normaliseKey } from '../cypher/model.ts';
import { loadConfig } from '../server/config.ts';
import { createDriver, findOrStartNeo4j, verifyConnectivity } from '../server/neo4j/connect.ts';
import { createConsoleLog } from '../server/neo4j/log.ts';

const help = `Usage: minutes-graph involvement [--group GROUP] [--from DATE] [--to DATE] [--period UNIT] [--format csv|json]
       minutes-graph involvement --attendance --group GROUP [--format csv|json]

Who sat at the table (user involvement): the people present at each meeting, counted by the
category of the organisation their attendance line names — a person representing organisations
of k categories counts 1/k to each; 'uncategorised' is an organisation without a category (set
it in the registry), 'none' a line that names no organisation.
  --group GROUP     a group's name or id (group:…); default: every meeting
  --from, --to      only meetings dated in this range (YYYY-MM-DD)
  --period UNIT     meeting (default), month, quarter or year: sums and shares per period
  --format FORMAT   csv (default) or json
  --attendance      instead: each member's attendance of GROUP's meetings held between their
                    first and last appearance (present, recorded absent, not listed, rate)
Neo4j: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD when set; otherwise the embedded one is started.`;

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export async function runInvolvementCommand(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      help: { type: 'boolean', short: 'h' }, group: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' },
      period: { type: 'string' }, format: { type: 'string' }, attendance: { type: 'boolean' },
    },
  });
  if (values.help) return console.log(help), 0;
  const period = (values.period ?? 'meeting') as PeriodUnit;
  const format = values.format ?? 'csv';
  const problem =
    !periodUnits.includes(period) ? `--period: '${values.period}' is not one of ${periodUnits.join(', ')}`
    : !['csv', 'json'].includes(format) ? `--format: '${format}' is not csv or json`
    : [values.from, values.to].some((d) => d !== undefined && !isoDate.test(d)) ? '--from/--to: a date as YYYY-MM-DD'
    : values.attendance && !values.group ? '--attendance needs --group'
    : null;
  if (problem) return console.error(`minutes-graph involvement: ${problem}`), 2;

  const cfg = loadConfig();
  const target = await findOrStartNeo4j(cfg, createConsoleLog());
  const driver = createDriver(target);
  try {
    await verifyConnectivity(driver, target);
    const gateway = createGateway(driver, { database: target.database });
    const group = values.group ? await groupCalled(gateway, values.group) : null;
    if (values.group && !group) return console.error(`minutes-graph involvement: --group: no group called '${values.group}' in the graph`), 1;
    if (values.attendance) {
      const rows = await fetchTenure(gateway, group!.id);
      process.stdout.write(format === 'json' ? `${JSON.stringify({ group, members: rows }, null, 2)}\n` : tenureCsv(group!.name, rows));
      return 0;
    }
    const meetings = await fetchInvolvement(gateway, { group: group?.id ?? null, from: values.from ?? null, to: values.to ?? null });
    const periods = period === 'meeting' ? null : involvementByPeriod(meetings, period);
    if (format === 'json') process.stdout.write(`${JSON.stringify(periods ?? meetings, null, 2)}\n`);
    else process.stdout.write(periods ? periodInvolvementCsv(periods) : meetingInvolvementCsv(meetings));
    return 0;
  } finally {
    await driver.close();
  }
}

async function groupCalled(gateway: Gateway, name: string): Promise<{ id: string; name: string } | null> {
  if (name.startsWith('group:')) {
    const [row] = await gateway.read('get-entity', { id: name });
    return row && row.type === 'group' ? { id: row.id, name: row.name } : null;
  }
  const rows = (await gateway.read('find-entities-by-name', { name: normaliseKey(name) })).filter((r) => r.type === 'group');
  return rows[0] ? { id: rows[0].id, name: rows[0].name } : null;
}
