// The graph's stamp over the test Neo4j: it stays while nothing commits, grows after a committed
// write from any driver, not after one rolled back; and looks asked for while one is under way
// share the next look, which starts after them.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { createGraphStamp, stampFrom } from '../../cypher/graph-stamp.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { testTarget } from '../support/neo4j.ts';

let reader: Driver;
let writer: Driver;
let gateway: Gateway;
beforeAll(() => {
  reader = createDriver(testTarget());
  writer = createDriver(testTarget());
  gateway = createGateway(writer, { database: testTarget().database });
});
afterAll(async () => {
  await reader?.close();
  await writer?.close();
});

describe('createGraphStamp', () => {
  it('stays while nothing commits and grows after each committed write (from another driver)', async () => {
    const stamp = createGraphStamp(reader, { database: testTarget().database });
    const first = await stamp.current();
    await gateway.read('count-nodes-by-label', {});
    expect(await stamp.current()).toBe(first);
    // A person with no facts, then gone again as an orphan: two commits that change the graph.
    await gateway.write('merge-person-nodes', { rows: [{ id: 'person:stamp probe', props: { id: 'person:stamp probe', name: 'Stamp Probe' } }] });
    const second = await stamp.current();
    expect(second).toBeGreaterThan(first);
    expect(await stamp.current()).toBe(second);
    expect((await gateway.write('delete-orphan-nodes', {})).counters.nodesDeleted).toBeGreaterThan(0);
    expect(await stamp.current()).toBeGreaterThan(second);
  });

  it('does not move for a write that is rolled back (the ingest lock)', async () => {
    const stamp = createGraphStamp(reader, { database: testTarget().database });
    const before = await stamp.current();
    const held = await gateway.hold('hold-ingest-lock', { lock: 'graph-stamp-test' });
    await held.release();
    expect(await stamp.current()).toBe(before);
  });
});

describe('stampFrom', () => {
  it('answers a call made during a look with a look that starts after it, shared by all such calls', async () => {
    let token = 'a';
    const started: string[] = [];
    let finish = () => {};
    const stamp = stampFrom(async () => {
      const seen = token; // what the store held when the look began
      started.push(seen);
      await new Promise<void>((resolve) => (finish = resolve));
      return seen;
    });
    const early = stamp.current();
    token = 'b'; // a write commits while the first look is under way
    const late = [stamp.current(), stamp.current(), stamp.current()];
    finish();
    expect(await early).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    finish();
    expect(await Promise.all(late)).toEqual([2, 2, 2]);
    expect(started).toEqual(['a', 'b']);
  });

  it('with maxAgeMs, answers from a look that started that recently, and looks again after', async () => {
    let token = 'a';
    let looks = 0;
    const stamp = stampFrom(async () => ((looks += 1), token), { maxAgeMs: 200 });
    expect(await stamp.current()).toBe(1);
    token = 'b';
    expect(await stamp.current()).toBe(1); // within 200 ms of the first look: not seen yet
    expect(looks).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await stamp.current()).toBe(2);
    expect(looks).toBe(2);
  });
});
