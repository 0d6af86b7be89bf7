// `minutes-graph involvement` over the seeds in the test Neo4j: CSV per meeting and per period,
// tenure attendance, and one clear message for a bad option.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.ts';
import { openTestGateway, type TestGateway } from './seeds-gateway.ts';

let db: TestGateway;
beforeAll(async () => {
  db = await openTestGateway({ ingestSeeds: true });
});
afterAll(async () => db?.close());

const cli = (...args: string[]) => runCli(['involvement', ...args]);

describe('minutes-graph involvement', () => {
  it('writes one CSV row per meeting, or per group and quarter', async () => {
    const meetings = (await cli()).stdout.trimEnd().split('\r\n');
    expect(meetings).toHaveLength(1 + 5);
    const quarters = (await cli('--period', 'quarter', '--group', 'Ledningsgrupp för utveckling')).stdout.trimEnd().split('\r\n');
    expect(quarters.slice(1).map((l) => l.split(',').slice(0, 4).join(','))).toEqual(['Ledningsgrupp för utveckling,2016-Q4,1,7', 'Ledningsgrupp för utveckling,2017-Q4,2,20']);
  });

  it('gives tenure attendance as JSON', async () => {
    const { stdout } = await cli('--attendance', '--group', 'group:ledningsgrupp för utveckling', '--format', 'json');
    const { members } = JSON.parse(stdout) as { members: { name: string; held: number; attended: number }[] };
    expect(members.find((m) => m.name === 'David Bergström')).toMatchObject({ held: 3, attended: 2 });
  });

  it('says what is wrong with an option or a group', async () => {
    expect(await cli('--attendance')).toMatchObject({ code: 2, stderr: 'minutes-graph involvement: --attendance needs --group\n' });
    expect((await cli('--group', 'Ingen sådan grupp')).stderr).toContain("no group called 'Ingen sådan grupp'");
  });
});
