// Peak memory (RSS) of the benchmark process, after each step and overall. Resolution and
// the memory-size ingest run in processes of their own; their sections give their peaks.
import { peakRssBytes } from './context.ts';
import type { BenchSection } from './section.ts';

const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

export const memorySection: BenchSection = {
  id: 'memory',
  title: 'Peak memory (RSS)',
  run(ctx) {
    const peak = peakRssBytes();
    return {
      data: { peakRssBytes: peak, marks: ctx.memoryMarks },
      rows: [
        ...ctx.memoryMarks.map((m) => ({ measure: `peak RSS after ${m.label}`, value: `${mb(m.peakRssBytes)} MiB` })),
        { measure: 'peak RSS of the run', value: `${mb(peak)} MiB` },
      ],
    };
  },
};
