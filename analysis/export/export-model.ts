// What every export carries, whatever its format: the network with provenance on each node and
// edge, and the metadata that lets a reader reproduce it (corpus files with sha256, tool version).
import type { NetworkKind } from '../network-data.ts';

export interface CorpusDocument {
  readonly path: string;
  readonly sha256: string;
}

export interface ExportMeta {
  readonly tool: string;
  readonly version: string;
  /** Null for the person × meeting incidence, which is not one of the derived networks. */
  readonly network: NetworkKind | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly pseudonymised: boolean;
  readonly corpus: readonly CorpusDocument[];
}

/** A fact's place in a document, with the text there (the quote a reader can check). */
export interface Evidence {
  readonly path: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface ExportNode {
  readonly id: string;
  readonly label: string;
  readonly type: string;
  readonly category: string | null;
  readonly weight: number;
  /** First and last meeting date of the node's ties in this network (its time spell). */
  readonly first: string | null;
  readonly last: string | null;
  /** Documents that mention the node (within the period). */
  readonly documents: readonly string[];
}

export interface ExportEdge {
  readonly id: string;
  readonly source: string;
  readonly target: string;
  readonly type: string;
  readonly weight: number;
  readonly first: string | null;
  readonly last: string | null;
  readonly meetings: readonly string[];
  /** Projects through which two organisations are tied (organisation network only). */
  readonly projects: readonly string[];
  readonly documents: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface NetworkExport {
  readonly meta: ExportMeta;
  readonly nodes: readonly ExportNode[];
  readonly edges: readonly ExportEdge[];
}

export interface IncidenceMeeting {
  readonly id: string;
  readonly title: string;
  readonly date: string | null;
  readonly document: string | null;
}

export interface IncidencePerson {
  readonly id: string;
  readonly label: string;
  /** Meetings the person was recorded present at, and recorded absent from. */
  readonly present: readonly string[];
  readonly absent: readonly string[];
  readonly evidence: readonly Evidence[];
}

export interface IncidenceExport {
  readonly meta: ExportMeta;
  readonly meetings: readonly IncidenceMeeting[];
  readonly people: readonly IncidencePerson[];
}

/** `path:start-end`, the short form of where a quote is. */
export const evidencePlace = (e: Evidence): string => `${e.path}:${e.start}-${e.end}`;
