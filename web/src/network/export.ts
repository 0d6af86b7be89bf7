// Saves what the network shows (the current viewport) as PNG (Cytoscape's renderer) or SVG
// (cytoscape-svg), on a white background so the file reads well anywhere.
import type cytoscape from 'cytoscape';

function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function exportPng(cy: cytoscape.Core, name: string): void {
  download(cy.png({ output: 'blob', full: false, scale: 2, bg: '#ffffff' }), `${name}.png`);
}

export function exportSvg(cy: cytoscape.Core, name: string): void {
  download(new Blob([cy.svg({ full: false, scale: 1, bg: '#ffffff' })], { type: 'image/svg+xml' }), `${name}.svg`);
}

/** A file name for the current network: "minutes-graph-co-attendance-2016-01-01". */
export function exportName(parts: readonly (string | null)[]): string {
  return ['minutes-graph', ...parts.filter(Boolean)]
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9åäö_-]+/g, '-')
    .replace(/-+/g, '-');
}
