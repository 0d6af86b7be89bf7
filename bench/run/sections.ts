// The sections `bench run` measures, in order. A section that needs a corpus another has
// extracted reuses it (context.ts), so quality (at its size) runs before resolution.
// Sections to come — ingest into Neo4j, API latency, the explorer in Chromium — are files
// beside these, added to this list.
import { memorySection } from './memory.ts';
import { qualitySection } from './quality.ts';
import { resolutionSection } from './resolution.ts';
import type { BenchSection } from './section.ts';
import { throughputSection } from './throughput.ts';

export const sections: readonly BenchSection[] = [throughputSection, qualitySection, resolutionSection, memorySection];
