// Every route of the HTTP API, in the order the OpenAPI document lists them.
import { z } from 'zod';
import { health } from './handlers/health.ts';
import { search } from './handlers/search.ts';
import { defineRoute, type Route } from './route.ts';
import * as S from './shapes.ts';

export const routes: readonly Route[] = [
  defineRoute({
    path: '/api/health',
    tag: 'meta',
    summary: 'Neo4j connectivity and graph counts (503 when Neo4j is unreachable)',
    query: z.object({}),
    response: S.Health,
    status: (body) => (body.neo4j.connected ? 200 : 503),
    handle: (ctx) => health(ctx),
  }),
  defineRoute({
    path: '/api/search',
    tag: 'search',
    summary: 'Search people, organisations, groups, projects, events, places and meetings by word prefixes',
    query: S.SearchQuery,
    response: S.SearchResult,
    handle: (ctx, input) => search(ctx, input),
  }),
] as Route[];
