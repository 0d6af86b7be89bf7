// The network's look under analysis: node size by a measure (data.msize, set by
// analysis/apply-measures.ts), colour by community (data.mcolour), and a comparison of two
// periods (data.diff). Added, removed and kept differ by line style as well as by colour.
import type cytoscape from 'cytoscape';

/** Ten colours (Tableau 10) for the largest communities; the rest share grey. */
export const communityColours = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'] as const;
export const otherCommunityColour = '#d9d9d9';

export const diffColours = { added: '#1a7f37', removed: '#c62828', kept: '#8a939c' } as const;

export const analysisStyle: cytoscape.StylesheetJson = [
  { selector: 'node.measured', style: { width: 'data(msize)', height: 'data(msize)' } },
  { selector: 'node.community', style: { 'background-color': 'data(mcolour)', 'border-color': '#1b1b1b', 'border-width': 1 } },
  { selector: 'edge[diff = "added"]', style: { 'line-color': diffColours.added, 'line-style': 'solid', opacity: 0.95 } },
  { selector: 'edge[diff = "removed"]', style: { 'line-color': diffColours.removed, 'line-style': 'dashed', 'line-dash-pattern': [8, 5], opacity: 0.9 } },
  { selector: 'edge[diff = "kept"]', style: { 'line-color': diffColours.kept, 'line-style': 'dotted', opacity: 0.7 } },
  { selector: 'node[diff = "added"]', style: { 'border-width': 3, 'border-color': diffColours.added, 'border-style': 'solid' } },
  { selector: 'node[diff = "removed"]', style: { 'border-width': 3, 'border-color': diffColours.removed, 'border-style': 'dashed', 'background-opacity': 0.45 } },
];
