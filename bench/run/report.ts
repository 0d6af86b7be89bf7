// The benchmark report: one JSON file with every figure, and a markdown table for people.
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchSizes } from './context.ts';
import type { SectionResult } from './section.ts';

export interface BenchReport {
  readonly machine: { readonly node: string; readonly platform: string; readonly cpu: string; readonly cores: number; readonly memoryBytes: number };
  readonly seed: number;
  readonly sizes: BenchSizes;
  readonly startedAt: string;
  readonly seconds: number;
  readonly sections: Readonly<Record<string, { readonly title: string } & SectionResult>>;
}

export function describeMachine(): BenchReport['machine'] {
  return { node: process.version, platform: `${os.platform()} ${os.release()}`, cpu: os.cpus()[0]?.model ?? 'unknown', cores: os.availableParallelism(), memoryBytes: os.totalmem() };
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function formatMarkdown(report: BenchReport): string {
  const m = report.machine;
  const lines = [
    '# minutes-graph benchmark',
    '',
    `${report.startedAt} · ${m.cpu}, ${m.cores} cores, ${Math.round(m.memoryBytes / 2 ** 30)} GiB · Node ${m.node} · seed ${report.seed} · ${report.seconds.toFixed(0)} s in all`,
  ];
  for (const [, s] of Object.entries(report.sections)) {
    lines.push('', `## ${s.title}`, '', '| measure | value | target |', '| --- | --- | --- |');
    for (const r of s.rows) lines.push(`| ${cell(r.measure)} | ${cell(r.value)} | ${cell(r.target ?? '')} |`);
    for (const note of s.notes ?? []) lines.push('', note);
  }
  return `${lines.join('\n')}\n`;
}

/** Writes bench-report.json and bench-report.md into `dir`; returns their paths. */
export function writeReport(dir: string, report: BenchReport): { json: string; markdown: string } {
  mkdirSync(dir, { recursive: true });
  const json = path.join(dir, 'bench-report.json');
  const markdown = path.join(dir, 'bench-report.md');
  writeFileSync(json, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(markdown, formatMarkdown(report));
  return { json, markdown };
}
