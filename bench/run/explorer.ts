// The explorer in headless Chromium: how long until a network of N elements is laid out (the
// app sets body[data-network-ready]) and answers a click on a node (Cytoscape's `tap`), timed
// with performance marks in the page. The network comes from the built explorer's own fetch,
// answered with a generated co-attendance network of exactly N elements.
import { existsSync } from 'node:fs';
import path from 'node:path';
import type cytoscape from 'cytoscape';
import { chromium, type Browser } from 'playwright-core';
import { createApp } from '../../server/app.ts';
import { loadConfig, projectRoot } from '../../server/config.ts';
import { listen } from '../../server/http.ts';
import { ensureWebBuilt } from '../../server/web-build.ts';
import { openGraph } from './bench-graph.ts';
import type { BenchContext } from './context.ts';
import { coAttendanceElements } from './network-elements.ts';
import type { BenchSection } from './section.ts';

// As the end-to-end tests launch Debian's Chromium, but with SwiftShader's software WebGL 2
// (this machine has no GPU), so the network's WebGL renderer can run.
const flags = ['--headless', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Marks 'network-ready' the first time the network turns ready after loading. */
const markReady = () => {
  let loading = false;
  new MutationObserver(() => {
    const ready = document.body?.dataset.networkReady;
    if (ready === 'false') loading = true;
    else if (ready === 'true' && loading && performance.getEntriesByName('network-ready').length === 0) performance.mark('network-ready');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-network-ready'] });
};

interface Timing {
  readonly elements: number;
  readonly nodes: number;
  readonly edges: number;
  readonly webgl: boolean;
  /** From navigation start until the network is laid out. */
  readonly readyMs: number;
  /** From the mouse press on a node until Cytoscape's tap handler runs. */
  readonly clickMs: number;
  readonly interactiveMs: number;
  readonly targetMs: number | null;
}

const targets: Record<number, number> = { 2000: 3000, 5000: 5000 };

async function timeNetwork(browser: Browser, url: string, elements: number, ctx: BenchContext): Promise<Timing> {
  const network = coAttendanceElements(elements, ctx.seed);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.route('**/api/networks/co-attendance*', (route) =>
      route.fulfill({ json: { kind: 'co-attendance', from: null, to: null, truncated: false, elements: network } }));
    await page.addInitScript(markReady);
    await page.goto(`${url}/?view=network&kind=co-attendance`);
    await page.waitForFunction(() => performance.getEntriesByName('network-ready').length > 0, null, { timeout: 120_000, polling: 50 });
    const at = await page.evaluate(() => {
      const cy = (window as unknown as { __minutesGraph: { cy: cytoscape.Core } }).__minutesGraph.cy;
      const box = cy.container()!.getBoundingClientRect();
      const inView = cy.nodes().filter((n: cytoscape.NodeSingular) => {
        const p = n.renderedPosition();
        return p.x > 20 && p.y > 20 && p.x < box.width - 20 && p.y < box.height - 20;
      });
      const node = inView[0] ?? cy.nodes()[0]!;
      cy.one('tap', 'node', () => void performance.mark('tapped'));
      window.addEventListener('mousedown', () => void performance.mark('click'), { capture: true, once: true });
      const p = node.renderedPosition();
      const webgl = !!cy.container()!.querySelector('canvas[data-id$="-webgl"]');
      return { x: box.left + p.x, y: box.top + p.y, webgl };
    });
    await page.mouse.click(at.x, at.y);
    await page.waitForFunction(() => performance.getEntriesByName('tapped').length > 0, null, { timeout: 30_000, polling: 20 });
    const marks = await page.evaluate(() => Object.fromEntries(['network-ready', 'click', 'tapped'].map((n) => [n, performance.getEntriesByName(n)[0]!.startTime])));
    const clickMs = marks.tapped! - marks.click!;
    return { elements, nodes: network.nodes.length, edges: network.edges.length, webgl: at.webgl, readyMs: marks['network-ready']!, clickMs, interactiveMs: marks['network-ready']! + clickMs, targetMs: targets[elements] ?? null };
  } finally {
    await page.close();
  }
}

export const explorerSection: BenchSection = {
  id: 'explorer',
  title: 'Explorer network in headless Chromium',
  async run(ctx) {
    const cfg = loadConfig();
    if (!existsSync(cfg.chromiumPath)) throw new Error(`bench explorer: no Chromium at ${cfg.chromiumPath} (apt-get install chromium, or set CHROMIUM_PATH)`);
    const webDir = path.join(projectRoot, 'web');
    ctx.progress.step('building the explorer when stale');
    await ensureWebBuilt(webDir, () => {});
    const graph = await openGraph(ctx);
    const server = await listen(createApp({ gateway: graph.gateway, webRoot: path.join(webDir, 'dist'), version: 'bench', logError: () => {} }), '127.0.0.1', 0);
    const browser = await chromium.launch({ executablePath: cfg.chromiumPath, args: flags });
    const timings: Timing[] = [];
    try {
      for (const n of ctx.sizes.explorerElements) {
        ctx.progress.step(`a network of ${n} elements in Chromium`);
        timings.push(await timeNetwork(browser, server.url.replace('localhost', '127.0.0.1'), n, ctx));
      }
    } finally {
      await browser.close();
      await server.close();
      await graph.close();
    }
    return {
      data: { networks: timings },
      rows: timings.map((t) => ({
        measure: `${t.elements} elements (${t.nodes} nodes, ${t.edges} edges), ${t.webgl ? 'WebGL' : 'canvas'}`,
        value: `interactive at ${Math.round(t.interactiveMs)} ms (laid out at ${Math.round(t.readyMs)} ms, click answered in ${Math.round(t.clickMs)} ms)`,
        target: t.targetMs ? `≤ ${t.targetMs / 1000} s` : undefined,
      })),
      notes: ['Times from navigation start (page load, script, fetch, layout); SwiftShader renders WebGL in software here, which a GPU would do faster.'],
    };
  },
};
