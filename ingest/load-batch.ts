// Gathers the plans of several documents into one write: the load stage commits a batch of
// documents per transaction instead of one, which is what bounds its speed (a transaction per
// document costs a round trip and a commit each). Pure: load.ts runs the batch.
import type { DocumentParams, NodeRow, NodeRowLabel } from '../cypher/registry.ts';
import { compare, FactGroups } from './load-plan.ts';
import type { DocumentPlan, FactGroup } from './load-plan.ts';

/** Where a batch is cut. Documents carry their text and cached extraction, hence `chars`. */
export interface BatchLimits {
  /** Documents + node rows + fact rows. */
  readonly records: number;
  /** Characters of text and cached extraction. */
  readonly chars: number;
}

/** About the size of the raw bench's batches (5,000 rows), and a few MB of text. */
export const defaultBatchLimits: BatchLimits = { records: 5_000, chars: 4_000_000 };

export interface LoadBatch {
  /** The batch's documents, in load order. */
  readonly ids: readonly string[];
  /** Those already stored under the same id, whose old facts go first. */
  readonly stored: readonly string[];
  readonly documents: readonly DocumentParams[];
  /** A node several documents define is written once, as the last of them defines it. */
  readonly nodes: readonly { readonly label: NodeRowLabel; readonly rows: readonly NodeRow[] }[];
  readonly facts: readonly FactGroup[];
}

export class BatchBuilder {
  private ids: string[] = [];
  private stored: string[] = [];
  private documents: DocumentParams[] = [];
  private nodes = new Map<NodeRowLabel, Map<string, NodeRow>>();
  private facts = new FactGroups();
  private records = 0;
  private chars = 0;

  constructor(
    private readonly ingestedAt: string,
    private readonly limits: BatchLimits = defaultBatchLimits,
  ) {}

  get size(): number {
    return this.ids.length;
  }

  /** True when the batch has reached a limit and should be written before more is added. */
  get full(): boolean {
    return this.records >= this.limits.records || this.chars >= this.limits.chars;
  }

  add(plan: DocumentPlan, wasStored: boolean): void {
    this.ids.push(plan.id);
    if (wasStored) this.stored.push(plan.id);
    this.documents.push({ ...plan.document, ingestedAt: this.ingestedAt });
    this.records += 1;
    this.chars += plan.document.text.length + plan.document.extraction.length;
    for (const { label, rows } of plan.nodes) {
      let byId = this.nodes.get(label);
      if (!byId) this.nodes.set(label, (byId = new Map()));
      for (const row of rows) {
        if (!byId.has(row.id)) this.records += 1;
        byId.set(row.id, row);
      }
    }
    for (const { type, toLabel, rows } of plan.facts) {
      this.facts.add(type, toLabel, rows);
      this.records += rows.length;
    }
  }

  /** The batch so far; the builder starts again empty. */
  take(): LoadBatch {
    const batch: LoadBatch = {
      ids: this.ids,
      stored: this.stored,
      documents: this.documents,
      nodes: [...this.nodes].sort(([a], [b]) => compare(a, b)).map(([label, byId]) => ({ label, rows: [...byId.values()] })),
      facts: this.facts.list(),
    };
    this.ids = [];
    this.stored = [];
    this.documents = [];
    this.nodes = new Map();
    this.facts = new FactGroups();
    this.records = 0;
    this.chars = 0;
    return batch;
  }
}
