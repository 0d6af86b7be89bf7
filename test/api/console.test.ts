// The read-only Cypher console over the seeds in a real Neo4j: the examples run; writes, schema
// changes, writing procedures, LOAD CSV and several statements are refused with a message that
// names the reason, and the graph is unchanged; a runaway query meets the timeout (504); the row
// cap truncates; the rate limit answers 429.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, type Gateway } from '../../cypher/gateway.ts';
import { dumpGraph, formatGraphDump } from '../../ingest/graph-dump.ts';
import { createApp } from '../../server/app.ts';
import { createCypherConsole, type ConsoleOptions } from '../../server/console/run-console.ts';
import * as C from '../../server/console/shapes.ts';
import type { ErrorBody } from '../../server/api/shapes.ts';
import { listen } from '../../server/http.ts';
import { createDriver } from '../../server/neo4j/connect.ts';
import { apiOnSeeds, clientFor, type ApiClient } from '../support/api.ts';
import { testTarget } from '../support/neo4j.ts';

let seeds: ApiClient;
let driver: Driver;
let gateway: Gateway;
let api: ApiClient;
const extra: ApiClient[] = [];

/** A server of its own with a console configured for the test (short timeout, small cap). */
async function consoleApp(options: ConsoleOptions): Promise<ApiClient> {
  const cypherConsole = createCypherConsole(driver, { database: testTarget().database, ...options });
  const client = clientFor(await listen(createApp({ gateway, version: 'test', logError: () => {}, console: cypherConsole }), '127.0.0.1', 0));
  extra.push(client);
  return client;
}

const run = <T = C.ConsoleResult>(client: ApiClient, query: string, params?: Record<string, unknown>) =>
  client.post<T>('/api/console', params ? { query, params } : { query });

async function counts(): Promise<{ nodes: number; relationships: number; schema: number }> {
  const session = driver.session({ database: testTarget().database, defaultAccessMode: 'READ' });
  try {
    const graph = await session.run('MATCH (n) WITH count(n) AS nodes RETURN nodes, COUNT { ()-[]->() } AS relationships');
    const indexes = await session.run('SHOW INDEXES YIELD name RETURN count(*) AS n');
    const constraints = await session.run('SHOW CONSTRAINTS YIELD name RETURN count(*) AS n');
    const num = (v: unknown) => Number(v);
    return {
      nodes: num(graph.records[0]!.get('nodes')),
      relationships: num(graph.records[0]!.get('relationships')),
      schema: num(indexes.records[0]!.get('n')) + num(constraints.records[0]!.get('n')),
    };
  } finally {
    await session.close();
  }
}

let dumpBefore: string;

beforeAll(async () => {
  seeds = await apiOnSeeds();
  driver = createDriver(testTarget());
  gateway = createGateway(driver, { database: testTarget().database });
  api = await consoleApp({ timeoutMs: 1_000, rowCap: 50, perMinute: 10_000 });
  dumpBefore = formatGraphDump(await dumpGraph(gateway));
});

afterAll(async () => {
  for (const client of extra) await client.close();
  await driver?.close();
  await seeds?.close();
});

describe('the console runs reads', () => {
  it('offers the example queries from cypher/console, each with a title, and each runs and returns rows', async () => {
    const reply = await seeds.get<C.ConsoleExamples>('/api/console/examples');
    expect(reply.status).toBe(200);
    const { examples } = C.ConsoleExamples.parse(reply.body);
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.map((e) => e.title)).toContain('Organisations by number of meetings attended');
    for (const example of examples) {
      const result = await run(api, example.query);
      expect(result.status, `${example.name}: ${JSON.stringify(result.body)}`).toBe(200);
      expect(C.ConsoleResult.parse(result.body).rows.length, example.name).toBeGreaterThan(0);
    }
  });

  it('answers the default server (apiOnSeeds) too: organisations by meetings, socialförvaltningen first', async () => {
    const examples = C.ConsoleExamples.parse((await seeds.get('/api/console/examples')).body).examples;
    const example = examples.find((e) => e.name === 'organisations-by-meetings')!;
    const result = C.ConsoleResult.parse((await run(seeds, example.query)).body);
    expect(result.columns).toEqual(['organisation', 'category', 'meetings', 'people']);
    expect(result.truncated).toBe(false);
    expect(result.rowCap).toBe(1000);
    expect(result.rows[0]?.[0]).toBe('socialförvaltningen');
  });

  it('returns nodes, relationships and paths as tagged JSON and as Cytoscape elements', async () => {
    const reply = await run(api, "MATCH path = (g:Group)-[:HELD]->(m:Meeting) RETURN g, path, date('2016-04-04') AS day LIMIT 1");
    expect(reply.status).toBe(200);
    const result = C.ConsoleResult.parse(reply.body);
    const [group, path, day] = result.rows[0] as [Record<string, unknown>, Record<string, unknown>, unknown];
    expect(group).toMatchObject({ kind: 'node', labels: ['Group'] });
    expect((group.properties as Record<string, unknown>).id).toMatch(/^group:/);
    expect(path).toMatchObject({ kind: 'path' });
    expect((path.relationships as { type: string }[])[0]?.type).toBe('HELD');
    expect(day).toBe('2016-04-04');
    expect(result.elements.nodes.map((n) => n.data.type).sort()).toEqual(['group', 'meeting']);
    expect(result.elements.edges).toHaveLength(1);
    expect(result.elements.edges[0]!.data.type).toBe('HELD');
  });

  it('takes parameters; whole numbers arrive as INTEGER (LIMIT $n works)', async () => {
    const reply = await run(api, 'MATCH (p:Person) RETURN p.name AS name, $n + 1 AS next LIMIT $n', { n: 3 });
    expect(reply.status).toBe(200);
    const result = C.ConsoleResult.parse(reply.body);
    expect(result.rows).toHaveLength(3);
    expect(result.rows[0]?.[1]).toBe(4);
  });

  it('caps the rows and says so', async () => {
    const capped = C.ConsoleResult.parse((await run(api, 'UNWIND range(1, 100000) AS x RETURN x')).body);
    expect(capped.rows).toHaveLength(50);
    expect(capped.truncated).toBe(true);
    expect(capped.rows.at(-1)).toEqual([50]);
    const exact = C.ConsoleResult.parse((await run(api, 'UNWIND range(1, 50) AS x RETURN x')).body);
    expect([exact.rows.length, exact.truncated]).toEqual([50, false]);
  });

  it('reads words inside strings and comments as text, not as clauses', async () => {
    for (const query of ["RETURN 'LOAD CSV; CREATE (x)' AS s", '// CREATE and DELETE are only words here\nMATCH (n:Person) RETURN count(n) AS people;']) {
      const reply = await run(api, query);
      expect(reply.status, query).toBe(200);
    }
  });

  it('is described in the OpenAPI document', async () => {
    const paths = ((await seeds.get<{ paths: Record<string, unknown> }>('/api/openapi.json')).body).paths;
    expect(Object.keys(paths)).toEqual(expect.arrayContaining(['/api/console', '/api/console/examples']));
  });

  it("reports Neo4j's own complaint about a malformed query as 400, with the position in the query as written", async () => {
    const reply = await run<ErrorBody>(api, 'MATCH (n) RETURN n.name +');
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe('cypher_error');
    expect(reply.body.error.message).toMatch(/line 1, column 26/);
  });
});

// Each refused query, the code it gets and the words its message must contain.
const refused: [string, string, RegExp][] = [
  ['CREATE (n:Intruder {name: "x"}) RETURN n', 'read_only', /read-only: CREATE writes to the graph/],
  ["MERGE (n:Person {id: 'person:nobody'})", 'read_only', /read-only: MERGE writes to the graph/],
  ['MATCH (n:Person) DELETE n', 'read_only', /read-only: DELETE writes to the graph/],
  ['MATCH (n) DETACH DELETE n', 'read_only', /read-only: DETACH DELETE writes to the graph/],
  ["MATCH (n:Person) SET n.name = 'x'", 'read_only', /read-only: SET writes to the graph/],
  ['MATCH (n:Person) REMOVE n.name', 'read_only', /read-only: REMOVE writes to the graph/],
  ['FOREACH (x IN range(1, 3) | CREATE (:Intruder))', 'read_only', /read-only: FOREACH writes to the graph/],
  ['CREATE INDEX intruder_name FOR (n:Intruder) ON (n.name)', 'read_only', /read-only: CREATE INDEX changes the schema/],
  ['CREATE CONSTRAINT intruder_id FOR (n:Intruder) REQUIRE n.id IS UNIQUE', 'read_only', /read-only: CREATE CONSTRAINT changes the schema/],
  ['DROP INDEX entity_search', 'read_only', /read-only: DROP INDEX changes the schema/],
  ['DROP CONSTRAINT person_id', 'read_only', /read-only: DROP CONSTRAINT changes the schema/],
  ["CALL db.createLabel('Intruder')", 'read_only', /read-only: the procedure db.createLabel writes to the graph/],
  ['CALL db.clearQueryCaches()', 'read_only', /read-only: the procedure db.clearQueryCaches administers the database/],
  ["CREATE USER intruder SET PASSWORD 'long-enough-password'", 'read_only', /read-only: CREATE USER changes the schema or administers/],
  ["LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'load_csv', /LOAD CSV is not allowed/],
  ["LOAD CSV WITH HEADERS FROM 'http://127.0.0.1:9/x.csv' AS row RETURN row", 'load_csv', /LOAD CSV is not allowed/],
  ['MATCH (n) RETURN n; MATCH (m) DETACH DELETE m', 'multiple_statements', /one statement at a time/],
  ['CALL () { CREATE (:Intruder) } IN TRANSACTIONS', 'in_transactions', /IN TRANSACTIONS is not allowed/],
  ["TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'admin_command', /TERMINATE … is an administration command/],
  ['SHOW SETTINGS', 'admin_command', /SHOW … is an administration command/],
  ['USE system MATCH (n) RETURN n', 'use_clause', /USE is not allowed/],
];

describe('the console refuses what is not a read, and the graph stays as it was', () => {
  it.each(refused)('%s → %s', async (query, code, message) => {
    const before = await counts();
    const reply = await run<ErrorBody>(api, query);
    expect(reply.status).toBe(400);
    expect(reply.body.error.code).toBe(code);
    expect(reply.body.error.message).toMatch(message);
    expect(await counts()).toEqual(before);
  });

  it('relies on READ mode alone when the EXPLAIN check is off: Neo4j refuses the write, answered as 400', async () => {
    const unchecked = await consoleApp({ explainFirst: false, perMinute: 10_000 });
    const before = await counts();
    for (const query of ["CREATE (:Intruder {name: 'x'})", "CALL db.createLabel('Intruder')", 'MATCH (n:Person) SET n.flag = true', 'CREATE INDEX intruder_name FOR (n:Intruder) ON (n.name)']) {
      const reply = await run<ErrorBody>(unchecked, query);
      expect(reply.status, query).toBe(400);
      expect(reply.body.error).toMatchObject({ code: 'read_only' });
      expect(reply.body.error.message).toMatch(/read-only: Neo4j refused a write/);
    }
    expect(await counts()).toEqual(before);
  });

  it('leaves the whole graph as it was (canonical dump)', async () => {
    expect(formatGraphDump(await dumpGraph(gateway))).toBe(dumpBefore);
  });
});

describe('the console stops what runs too long or too often', () => {
  it.each([
    ['UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(*)'],
    ["MATCH (a), (b), (c), (d) WHERE a.id + b.id + c.id + d.id = 'never' RETURN count(*)"],
  ])('stops a runaway query at the timeout with 504: %s', async (query) => {
    const reply = await run<ErrorBody>(api, query);
    expect(reply.status).toBe(504);
    expect(reply.body.error.code).toBe('query_timeout');
    expect(reply.body.error.message).toMatch(/ran longer than 1 s and was stopped/);
    // The database is free again: the next query answers.
    expect((await run(api, 'RETURN 1 AS one')).status).toBe(200);
  });

  it('answers 429 with Retry-After past the per-client limit', async () => {
    const limited = await consoleApp({ perMinute: 3 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await run(limited, 'RETURN 1 AS one')).status);
    expect(statuses).toEqual([200, 200, 200]);
    const over = await run<ErrorBody>(limited, 'RETURN 1 AS one');
    expect(over.status).toBe(429);
    expect(over.body.error.code).toBe('rate_limited');
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
