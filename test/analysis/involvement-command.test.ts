// `minutes-graph involvement` over the seeds in the test Neo4j: CSV per meeting and per period,
// tenure attendance, and one clear message for a bad option.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../server/config.ts';
import { testTarget } from '../support/neo4j.ts';
import { openTestGateway, type TestGateway } from './seeds-gateway.ts';

let db: TestGateway;
beforeAll(async () => {
  db = await openTestGateway({ ingestSeeds: true });
});
afterAll(async () => db?.close());

async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const t = testTarget();
  const env = { ...process.env, NEO4J_URI: t.uri, NEO4J_USER: t.user, NEO4J_PASSWORD: t.password };
  try {
    const { stdout, stderr } = await promisify(execFile)('node', ['bin/minutes-graph.js', 'involvement', ...args], { cwd: projectRoot, env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    return error as { code: number; stdout: string; stderr: string };
  }
}

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
