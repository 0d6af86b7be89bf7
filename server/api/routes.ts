// Every route of the HTTP API, in the order the OpenAPI document lists them.
import { z } from 'zod';
import { health } from './handlers/health.ts';
import { forgetEntity, mergeEntities, splitEntity } from './handlers/curation.ts';
import { documentText, provenance } from './handlers/documents.ts';
import { neighbourhood } from './handlers/neighbourhood.ts';
import { network } from './handlers/networks.ts';
import { shortestPath } from './handlers/path.ts';
import { profile } from './handlers/profile.ts';
import { personTimeline } from './handlers/profile-person.ts';
import { search } from './handlers/search.ts';
import { timeline } from './handlers/timelines.ts';
import { defineRoute, type Route } from './route.ts';
import { analysisRoutes } from './routes-analysis.ts';
import { consoleRoutes } from './routes-console.ts';
import { involvementRoutes } from './routes-involvement.ts';
import * as S from './shapes.ts';

export const routes: readonly Route[] = [
  defineRoute({
    path: '/api/health',
    tag: 'meta',
    summary: 'Neo4j connectivity, graph counts and the first and last meeting day (503 when Neo4j is unreachable)',
    query: z.object({}),
    response: S.Health,
    status: (body) => (body.neo4j.connected ? 200 : 503),
    handle: (ctx) => health(ctx),
  }),
  defineRoute({
    path: '/api/search',
    tag: 'search',
    summary: 'Search people, organisations, groups, projects, events, places and meetings by word prefixes; 120 a minute per client (429 with Retry-After)',
    query: S.SearchQuery,
    response: S.SearchResult,
    handle: (ctx, input) => search(ctx, input),
  }),
  defineRoute({
    path: '/api/entities/:id',
    tag: 'entities',
    summary: 'A profile of a person, organisation, project, group, meeting, event or place, every fact with its source',
    params: S.IdParams,
    response: S.Profile,
    handle: (ctx, input) => profile(ctx, input),
  }),
  defineRoute({
    path: '/api/entities/:id/neighbourhood',
    tag: 'entities',
    summary: 'The nodes within one or two hops (not documents) and the facts among them, as Cytoscape elements',
    params: S.IdParams,
    query: S.NeighbourhoodQuery,
    response: S.Neighbourhood,
    handle: (ctx, input) => neighbourhood(ctx, input),
  }),
  defineRoute({
    path: '/api/networks/:kind',
    tag: 'networks',
    summary: 'A derived network over a date range: co-attendance, organisation ties or person–project',
    params: S.NetworkParams,
    query: S.NetworkQuery,
    response: S.Network,
    handle: (ctx, input) => network(ctx, input),
  }),
  defineRoute({
    path: '/api/path',
    tag: 'networks',
    summary: 'A shortest chain of facts (at most 8) between two nodes',
    query: S.PathQuery,
    response: S.ShortestPath,
    handle: (ctx, input) => shortestPath(ctx, input),
  }),
  defineRoute({
    path: '/api/timelines/:kind',
    tag: 'timelines',
    summary: 'One lane per group (meetings held) or per project (meetings that discussed it), in date order: all of them, or those named by id; all their meetings, or a period\'s',
    params: S.TimelineParams,
    query: S.TimelineQuery,
    response: S.Timeline,
    handle: (ctx, input) => timeline(ctx, input),
  }),
  defineRoute({
    path: '/api/people/:id/timeline',
    tag: 'timelines',
    summary: "A person's meetings in date order, with role, group and source",
    params: S.IdParams,
    response: S.PersonTimeline,
    handle: (ctx, input) => personTimeline(ctx, input),
  }),
  defineRoute({
    path: '/api/provenance',
    tag: 'documents',
    summary: 'The quote behind a fact: a span of a document with up to 200 characters either side',
    query: S.ProvenanceQuery,
    response: S.Provenance,
    handle: (ctx, input) => provenance(ctx, input),
  }),
  defineRoute({
    path: '/api/documents/:id',
    tag: 'documents',
    summary: 'A document\'s text with its entity mentions (sorted, never overlapping) and the meeting it records',
    params: S.IdParams,
    response: S.DocumentText,
    handle: (ctx, input) => documentText(ctx, input),
  }),
  defineRoute({
    method: 'post',
    writes: true,
    path: '/api/entities/:id/merge',
    tag: 'curation',
    summary: 'Say that other entities are this one: written into the registry (a re-ingest keeps it) and applied to the graph; undone by split',
    params: S.IdParams,
    body: S.MergeBody,
    response: S.Curation,
    handle: (ctx, input) => mergeEntities(ctx, input),
  }),
  defineRoute({
    method: 'post',
    writes: true,
    path: '/api/entities/:id/split',
    tag: 'curation',
    summary: "Say that one of this entity's spellings is someone or something else: written into the registry and applied to the graph",
    params: S.IdParams,
    body: S.SplitBody,
    response: S.Curation,
    handle: (ctx, input) => splitEntity(ctx, input),
  }),
  defineRoute({
    method: 'post',
    writes: true,
    path: '/api/entities/:id/forget',
    tag: 'curation',
    summary: 'Forget a person: their node and facts go, every form of their name is cut from the stored texts, the registry keeps the decision as name hashes, the act is audit-logged without the name',
    params: S.IdParams,
    response: S.Forgotten,
    handle: (ctx, input) => forgetEntity(ctx, input),
  }),
  ...analysisRoutes,
  ...consoleRoutes,
  ...involvementRoutes,
] as Route[];
