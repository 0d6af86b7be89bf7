// The OpenAPI 3 document, generated from the route list and its zod schemas.
import { z } from 'zod';
import type { Route } from './route.ts';
import { ErrorBody } from './shapes.ts';

type Json = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(schema, { target: 'openapi-3.0', io, unrepresentable: 'any' }) as Json;

/** Express's `/api/entities/:id` is OpenAPI's `/api/entities/{id}`. */
export const openApiPath = (path: string): string => path.replace(/:(\w+)/g, '{$1}');

function parametersOf(route: Route): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [['path', route.params], ['query', route.query]] as const) {
    if (!schema) continue;
    const json = toSchema(schema, 'input');
    const properties = (json.properties ?? {}) as Record<string, Json>;
    const required = new Set((json.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      const { description, ...rest } = property;
      out.push({ name, in: where, required: where === 'path' || required.has(name), ...(description ? { description } : {}), schema: rest });
    }
  }
  return out;
}

const errorResponse = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: toSchema(ErrorBody, 'output') } },
});

export function buildOpenApi(routes: readonly Route[], version: string): Json {
  const paths: Record<string, Json> = {};
  for (const route of routes) {
    const responses: Json = {
      200: { description: 'OK', content: { 'application/json': { schema: toSchema(route.response, 'output') } } },
      400: errorResponse('malformed input: the message names the field'),
      503: errorResponse('Neo4j is unreachable; retry after the Retry-After header'),
    };
    if (route.params) responses[404] = errorResponse('no such id in the graph');
    // A route that answers with a file (exports, CSV): the file itself, as an attachment.
    if (route.file) {
      responses[200] = {
        description: 'OK: the file itself (Content-Disposition: attachment) where the route gives one, else JSON',
        content: { 'application/json': { schema: toSchema(route.response, 'output') }, 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
      };
    }
    const operation: Json = { summary: route.summary, tags: [route.tag], operationId: operationId(route.path), parameters: parametersOf(route), responses };
    if (route.body) operation.requestBody = { required: true, content: { 'application/json': { schema: toSchema(route.body, 'input') } } };
    if (route.method === 'post') responses[415] = errorResponse('the body was not application/json');
    if (route.writes) {
      responses[401] = errorResponse('the server has a token and the request did not carry it');
      responses[403] = errorResponse('curation is off on this server, or the request came from another origin');
    }
    paths[openApiPath(route.path)] = { ...(paths[openApiPath(route.path)] as Json | undefined), [route.method ?? 'get']: operation };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'minutes-graph API',
      version,
      description: 'Access to the graph of people, organisations, groups, projects and meetings extracted from minutes. Every fact carries its source: a document id and a character span. Reads are GET; the only writes are merge and split (POST), which change the curated registry.',
    },
    servers: [{ url: '/' }],
    paths,
  };
}

function operationId(path: string): string {
  return path
    .replace(/^\/api\//, '')
    .replace(/[:{}]/g, '')
    .split(/[/-]/)
    .filter(Boolean)
    .map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w))
    .join('');
}
