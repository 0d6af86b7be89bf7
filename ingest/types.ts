// Typed records that flow through the pipeline: read → parse → extract → resolve → load.
import type { DateCertainty, EntityType, NodeLabel, OrganisationCategory, RelationshipType } from '../cypher/model.ts';

/** A character range [start, end) in a document's normalised text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface SourceDocument {
  /** `doc:` + first 16 hex digits of the sha256 of the normalised text. */
  readonly id: string;
  /** Path as given by the user, relative to the working directory when possible. */
  readonly path: string;
  readonly format: string;
  readonly sha256: string;
  /** Normalised text (UTF-8, LF line ends, no BOM); every span points into it. */
  readonly text: string;
}

export interface Mention extends Span {
  readonly text: string;
}

/** One node for the graph, already resolved to its canonical name. */
export interface GraphNode {
  readonly label: NodeLabel;
  readonly id: string;
  readonly props: Readonly<Record<string, string | number | boolean | null | readonly string[]>>;
}

/** One fact for the graph; `doc`, `start` and `end` give its provenance. */
export interface GraphFact {
  readonly type: RelationshipType;
  readonly from: { readonly label: NodeLabel; readonly id: string };
  readonly to: { readonly label: NodeLabel; readonly id: string };
  readonly props: Readonly<Record<string, string | number | boolean | null>> & {
    readonly doc: string;
    readonly start?: number | null;
    readonly end?: number | null;
  };
}

/** Everything one document contributes to the graph, after resolution across the corpus. */
export interface GraphDocument {
  readonly document: SourceDocument;
  readonly nodes: readonly GraphNode[];
  readonly facts: readonly GraphFact[];
  /** Hash of nodes + facts: an unchanged hash means re-loading would change nothing. */
  readonly factsHash: string;
  /** The document's own (pre-resolution) extraction, cached so later ingests need not redo it. */
  readonly extractionJson: string;
  readonly extractorVersion: string;
}

export type { DateCertainty, EntityType, OrganisationCategory };
