// The Cypher console's routes; routes.ts spreads them into the one route list.
import { z } from 'zod';
import { ConsoleBody, ConsoleExamples, ConsoleResult } from '../console/shapes.ts';
import { consoleExamples, runConsole } from './handlers/console.ts';
import { defineRoute, type Route } from './route.ts';

export const consoleRoutes: readonly Route[] = [
  defineRoute({
    path: '/api/console/examples',
    tag: 'console',
    summary: 'The example queries the Cypher console offers (cypher/console/*.cypher): name, title and text',
    query: z.object({}),
    response: ConsoleExamples,
    handle: (ctx) => consoleExamples(ctx),
  }),
  defineRoute({
    method: 'post',
    path: '/api/console',
    tag: 'console',
    summary:
      'Run one read-only Cypher query: READ session, server-side timeout (504), row cap (truncated), 30 a minute per client (429); writes, schema and administration commands, LOAD CSV and several statements are refused (400)',
    body: ConsoleBody,
    response: ConsoleResult,
    handle: (ctx, input) => runConsole(ctx, input),
  }),
] as Route[];
