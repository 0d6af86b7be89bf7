// A benchmark section: one measure, run in-process, reported as JSON data and table rows.
// Sections are listed in sections.ts; a later one (ingest into Neo4j, API latency, the
// explorer in a browser) is a new file with a `run` and an entry in that list.
import type { BenchContext } from './context.ts';

export interface SectionResult {
  /** Machine-readable figures: numbers (or null where a figure does not apply), and labels. */
  readonly data: Readonly<Record<string, unknown>>;
  /** For the markdown table: measure, value (with its unit) and, where one is set, the target. */
  readonly rows: readonly { readonly measure: string; readonly value: string; readonly target?: string }[];
  readonly notes?: readonly string[];
}

export interface BenchSection {
  readonly id: string;
  readonly title: string;
  run(ctx: BenchContext): Promise<SectionResult> | SectionResult;
}
