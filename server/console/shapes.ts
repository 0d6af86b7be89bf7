// The console's part of the API contract: what POST /api/console accepts and returns, and the
// example queries. Validated at the boundary like server/api/shapes.ts; web/ imports the types.
import { z } from 'zod';

export const ConsoleBody = z.object({
  query: z.string().max(20_000).describe('one Cypher statement; only reads are run'),
  params: z
    .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'a parameter name: letters, digits and _'), z.unknown())
    .optional()
    .describe('values for $name parameters; whole numbers are sent as INTEGER'),
});
export type ConsoleBody = z.infer<typeof ConsoleBody>;

export const ConsoleNode = z.object({
  data: z.object({
    id: z.string().describe("Neo4j's element id"),
    label: z.string().describe("the model's display field (name, title, path)"),
    type: z.string().nullable().describe('entity type (person, organisation, …, meeting, document) when the label is in the model'),
    labels: z.array(z.string()),
    key: z.string().nullable().describe("the node's id property, e.g. person:…"),
  }),
});
export const ConsoleEdge = z.object({
  data: z.object({ id: z.string(), source: z.string(), target: z.string(), type: z.string() }),
});
export const ConsoleElements = z.object({ nodes: z.array(ConsoleNode), edges: z.array(ConsoleEdge) });
export type ConsoleNode = z.infer<typeof ConsoleNode>;
export type ConsoleEdge = z.infer<typeof ConsoleEdge>;
export type ConsoleElements = z.infer<typeof ConsoleElements>;

export const ConsoleResult = z.object({
  columns: z.array(z.string()),
  rows: z
    .array(z.array(z.unknown()))
    .describe('one array per row, in column order; nodes, relationships and paths are objects with kind = node | relationship | path'),
  truncated: z.boolean().describe('true when the query had more rows than rowCap'),
  rowCap: z.number().int(),
  elements: ConsoleElements.describe('the nodes met in the rows and the relationships among them, as Cytoscape elements'),
  ms: z.number().int().describe('time taken, for the reader; not a benchmark'),
});
export type ConsoleResult = z.infer<typeof ConsoleResult>;

export const ConsoleExample = z.object({
  name: z.string().describe('the file name without .cypher'),
  title: z.string().describe("the file's first comment line"),
  query: z.string(),
});
export const ConsoleExamples = z.object({ examples: z.array(ConsoleExample) });
export type ConsoleExample = z.infer<typeof ConsoleExample>;
export type ConsoleExamples = z.infer<typeof ConsoleExamples>;
