// Peak memory (RSS) of the benchmark process, after each step and overall. The resolution of
// the largest corpus holds every document's text and extraction at once, so its mark is the
// peak of resolving that many documents in one process.
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
