// GraphML (http://graphml.graphdrawing.org/): keys from export-fields.ts, the metadata as
// graph-level data (networkx puts it in G.graph), a readable header as a comment.
import { describeMeta, edgeFields, type Field, metaFields, nodeFields } from './export-fields.ts';
import type { NetworkExport } from './export-model.ts';
import { xmlComment, xmlText } from './xml-text.ts';

const keyId = (scope: string, name: string) => `${scope[0]}_${name}`;

function keys<T>(scope: 'graph' | 'node' | 'edge', fields: readonly Field<T>[]): string[] {
  return fields.map((f) => `  <key id="${keyId(scope, f.name)}" for="${scope}" attr.name="${f.name}" attr.type="${f.type}"/>`);
}

function data<T>(scope: string, fields: readonly Field<T>[], item: T, indent: string): string[] {
  return fields.flatMap((f) => {
    const v = f.value(item);
    return v === null ? [] : [`${indent}<data key="${keyId(scope, f.name)}">${xmlText(String(v))}</data>`];
  });
}

export function toGraphml(x: NetworkExport): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    xmlComment(describeMeta(x.meta)),
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '         xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys('graph', metaFields),
    ...keys('node', nodeFields),
    ...keys('edge', edgeFields),
    `  <graph id="${xmlText(x.meta.network ?? 'network')}" edgedefault="undirected">`,
    ...data('graph', metaFields, x.meta, '    '),
    ...x.nodes.flatMap((n) => [`    <node id="${xmlText(n.id)}">`, ...data('node', nodeFields, n, '      '), '    </node>']),
    ...x.edges.flatMap((e) => [
      `    <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">`,
      ...data('edge', edgeFields, e, '      '),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}
