// User involvement (who sat at the table, by organisation category) and tenure-aware attendance.
import { groupAttendance, involvement } from './handlers/involvement.ts';
import { defineRoute, type Route } from './route.ts';
import { IdParams } from './shapes.ts';
import * as I from './shapes-involvement.ts';

export const involvementRoutes: readonly Route[] = [
  defineRoute({
    path: '/api/involvement',
    tag: 'involvement',
    summary: 'People present per meeting by the category of the organisation their attendance line names (uncategorised, none), or summed per month, quarter or year with shares; format=csv adds the table as CSV',
    query: I.InvolvementQuery,
    response: I.Involvement,
    handle: (ctx, input) => involvement(ctx, input),
    // format=csv: the table itself, to save.
    file: (body) => (body.csv ? { name: `involvement-${body.period}.csv`, type: 'text/csv; charset=utf-8', content: body.csv } : null),
  }),
  defineRoute({
    path: '/api/groups/:id/attendance',
    tag: 'involvement',
    summary: "Each member's attendance of a group's meetings held between their first and last appearance: held, attended, recorded absent, not listed, rate",
    params: IdParams,
    response: I.Tenure,
    handle: (ctx, input) => groupAttendance(ctx, input),
  }),
] as Route[];
