// GEXF 1.3 (https://gexf.net/): a dynamic graph whose nodes and edges carry a time spell from
// first to last seen, so Gephi's timeline can play the network; attributes from export-fields.ts.
import { describeMeta, edgeFields, type Field, nodeFields } from './export-fields.ts';
import type { NetworkExport } from './export-model.ts';
import { xmlText } from './xml-text.ts';

// GEXF gives labels and weights their own XML attributes, and `type` on an edge means its
// direction: those fields are not repeated as attvalues, and the relation is named 'relation'.
const nodeAttributes = nodeFields.filter((f) => f.name !== 'label');
const edgeAttributes = edgeFields.filter((f) => f.name !== 'weight').map((f) => (f.name === 'type' ? { ...f, name: 'relation' } : f));

function declare<T>(cls: 'node' | 'edge', fields: readonly Field<T>[]): string[] {
  return [
    `    <attributes class="${cls}" mode="static">`,
    ...fields.map((f) => `      <attribute id="${f.name}" title="${f.name}" type="${f.type}"/>`),
    '    </attributes>',
  ];
}

function values<T>(fields: readonly Field<T>[], item: T): string[] {
  const set = fields.flatMap((f) => {
    const v = f.value(item);
    return v === null ? [] : [`          <attvalue for="${f.name}" value="${xmlText(String(v))}"/>`];
  });
  return set.length ? ['        <attvalues>', ...set, '        </attvalues>'] : [];
}

/** An undated node or edge has no spell: Gephi then shows it at every moment. */
function spells(item: { first: string | null; last: string | null }): string[] {
  if (item.first === null && item.last === null) return [];
  const start = item.first ?? item.last!;
  const end = item.last ?? item.first!;
  return ['        <spells>', `          <spell start="${xmlText(start)}" end="${xmlText(end)}"/>`, '        </spells>'];
}

export function toGexf(x: NetworkExport): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '      xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    // No lastmodifieddate: the same graph and corpus give a byte-identical file.
    '  <meta>',
    `    <creator>${xmlText(`${x.meta.tool} ${x.meta.version}`)}</creator>`,
    `    <keywords>${xmlText(['minutes-graph', x.meta.network ?? '', x.meta.pseudonymised ? 'pseudonymised' : ''].filter(Boolean).join(', '))}</keywords>`,
    `    <description>${xmlText(describeMeta(x.meta).join('\n'))}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="undirected" mode="dynamic" timeformat="date" timerepresentation="interval">',
    ...declare('node', nodeAttributes),
    ...declare('edge', edgeAttributes),
    '    <nodes>',
    ...x.nodes.flatMap((n) => [
      `      <node id="${xmlText(n.id)}" label="${xmlText(n.label)}">`,
      ...values(nodeAttributes, n),
      ...spells(n),
      '      </node>',
    ]),
    '    </nodes>',
    '    <edges>',
    ...x.edges.flatMap((e) => [
      `      <edge id="${xmlText(e.id)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}" weight="${e.weight}">`,
      ...values(edgeAttributes, e),
      ...spells(e),
      '      </edge>',
    ]),
    '    </edges>',
    '  </graph>',
    '</gexf>',
    '',
  ].join('\n');
}
