// The analysis routes' contract: network measures, two periods compared, exports as downloads.
// Like shapes.ts, validated at the boundary, described in OpenAPI, imported as types by web/.
import { z } from 'zod';
import { CyEdge, CyNode, networkKinds } from './shapes.ts';

// ---------------------------------------------------------------- inputs

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const ordered = (from: string | undefined, to: string | undefined) => !from || !to || from <= to;

export const AnalysisNetworkParams = z.object({ kind: z.enum(networkKinds) });

export const MeasuresQuery = z
  .object({
    from: isoDate.optional(),
    to: isoDate.optional(),
    seed: z.coerce.number().int().min(0).max(2 ** 31 - 1).default(1).describe('seed of Louvain: the same seed gives the same communities'),
  })
  .refine((q) => ordered(q.from, q.to), { message: 'from must not be after to', path: ['from'] });

/** Two periods, A (before) and B (after); an end left out is open. */
export const CompareQuery = z
  .object({ aFrom: isoDate.optional(), aTo: isoDate.optional(), bFrom: isoDate.optional(), bTo: isoDate.optional() })
  .refine((q) => ordered(q.aFrom, q.aTo), { message: 'aFrom must not be after aTo', path: ['aFrom'] })
  .refine((q) => ordered(q.bFrom, q.bTo), { message: 'bFrom must not be after bTo', path: ['bFrom'] })
  .refine((q) => q.aFrom || q.aTo || q.bFrom || q.bTo, { message: 'give at least one end of a period (aFrom, aTo, bFrom or bTo)', path: ['aFrom'] });

export const exportFormatNames = ['graphml', 'gexf', 'csv', 'incidence', 'json'] as const;
export const csvFiles = ['nodes', 'edges', 'metadata'] as const;
export const ExportParams = z.object({ format: z.enum(exportFormatNames) });

const flag = z
  .enum(['true', 'false', '1', '0'], { message: "'true' or 'false'" })
  .transform((v) => v === 'true' || v === '1');

export const ExportQuery = z
  .object({
    network: z.enum(networkKinds).optional().describe('required for every format but incidence'),
    from: isoDate.optional(),
    to: isoDate.optional(),
    pseudonymise: flag.default(false).describe('people as stable per-corpus identifiers, their names removed'),
    file: z.enum(csvFiles).optional().describe('csv only: which of its three files (nodes.csv, edges.csv, metadata.json)'),
  })
  .refine((q) => ordered(q.from, q.to), { message: 'from must not be after to', path: ['from'] });

// ---------------------------------------------------------------- outputs

const Period = z.object({ from: z.string().nullable(), to: z.string().nullable() });

export const NodeMeasures = z.object({
  id: z.string(),
  label: z.string(),
  type: z.string(),
  degree: z.number().int().describe('distinct neighbours'),
  weightedDegree: z.number().describe('sum of the weights of its ties'),
  betweenness: z.number().describe('share of shortest paths (in hops) between other pairs through the node, 0 … 1'),
  community: z.number().int().describe('Louvain community, 0 = the largest'),
});
export const NetworkMeasures = Period.extend({
  kind: z.enum(networkKinds),
  seed: z.number().int(),
  communities: z.number().int(),
  modularity: z.number(),
  nodes: z.array(NodeMeasures).describe('by betweenness, highest first (ties: by id)'),
});
export type NodeMeasures = z.infer<typeof NodeMeasures>;
export type NetworkMeasures = z.infer<typeof NetworkMeasures>;

export const diffStates = ['added', 'removed', 'kept'] as const;
export type DiffState = (typeof diffStates)[number];
const Diff = z.enum(diffStates).describe('added: only in B; removed: only in A; kept: in both');

/** The union of both periods' networks, each element marked with what happened to it. */
export const DiffElements = z.object({
  nodes: z.array(z.object({ data: CyNode.shape.data.extend({ diff: Diff }) })),
  edges: z.array(z.object({
    data: CyEdge.shape.data.extend({ diff: Diff, weightA: z.number().nullable(), weightB: z.number().nullable() }),
  })),
});
export type DiffElements = z.infer<typeof DiffElements>;

const NodeRef = z.object({ id: z.string(), label: z.string() });
const Tie = z.object({ id: z.string(), source: z.string(), target: z.string(), sourceLabel: z.string(), targetLabel: z.string(), type: z.string() });

export const NetworkComparison = z.object({
  kind: z.enum(networkKinds),
  a: Period,
  b: Period,
  nodesJoined: z.array(NodeRef),
  nodesLeft: z.array(NodeRef),
  appeared: z.array(Tie.extend({ weight: z.number() })),
  disappeared: z.array(Tie.extend({ weight: z.number() })),
  persisted: z.array(Tie.extend({ weightA: z.number(), weightB: z.number() })),
  elements: DiffElements,
});
export type NetworkComparison = z.infer<typeof NetworkComparison>;

const Attendee = z.object({ id: z.string(), name: z.string(), meetings: z.number().int().describe('meetings of the group attended in the period') });
export const GroupComparison = z.object({
  group: z.object({ id: z.string(), name: z.string() }),
  a: Period.extend({ held: z.number().int().describe('meetings held in the period (0 when no one was recorded present)') }),
  b: Period.extend({ held: z.number().int() }),
  joined: z.array(Attendee),
  left: z.array(Attendee),
  stayed: z.array(z.object({ id: z.string(), name: z.string(), meetingsA: z.number().int(), meetingsB: z.number().int() })),
});
export type GroupComparison = z.infer<typeof GroupComparison>;

/** A file to save: sent as itself with Content-Disposition: attachment (`file` in route.ts). */
export const ExportFile = z.object({ fileName: z.string(), contentType: z.string(), content: z.string() });
export type ExportFile = z.infer<typeof ExportFile>;
