// POST /api/console and GET /api/console/examples: a researcher's own read-only Cypher
// (server/console/run-console.ts) and the example queries it offers.
import type { ConsoleBody, ConsoleExamples, ConsoleResult } from '../../console/shapes.ts';
import type { CypherConsole } from '../../console/run-console.ts';
import { ApiError } from '../errors.ts';
import type { RouteContext } from '../route.ts';

function consoleOf(ctx: RouteContext): CypherConsole {
  if (!ctx.console) throw new ApiError(404, 'not_found', 'the Cypher console is not enabled on this server');
  return ctx.console;
}

export async function runConsole(ctx: RouteContext, { body }: { body: ConsoleBody }): Promise<ConsoleResult> {
  return consoleOf(ctx).run(body.query, body.params ?? {});
}

export async function consoleExamples(ctx: RouteContext): Promise<ConsoleExamples> {
  return { examples: await consoleOf(ctx).examples() };
}
