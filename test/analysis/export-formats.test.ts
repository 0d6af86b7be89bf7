// Serialisers, pseudonymisation and the command's options on small invented data (no database).
import { describe, expect, it } from 'vitest';
import { parseExportOptions } from '../../cli/export.ts';
import { toCsvFiles, toIncidenceCsv } from '../../analysis/export/csv.ts';
import { toCytoscapeJson } from '../../analysis/export/cytoscape-json.ts';
import type { IncidenceExport, NetworkExport } from '../../analysis/export/export-model.ts';
import { toGexf } from '../../analysis/export/gexf.ts';
import { toGraphml } from '../../analysis/export/graphml.ts';
import { corpusKey, createScrubber, pseudonymFor, pseudonymiseIncidence, pseudonymiseNetwork } from '../../analysis/export/pseudonymise.ts';

const meta = {
  tool: 'minutes-graph', version: '9.9.9', network: 'co-attendance' as const, from: null, to: null, pseudonymised: false,
  corpus: [{ path: 'minutes/a.txt', sha256: 'a'.repeat(64) }, { path: 'minutes/b.txt', sha256: 'b'.repeat(64) }],
};
const people = [
  { id: 'person:karin ek', name: 'Karin Ek', aliases: ['Kajsa Ek'], mentions: ['Karin Ek', 'Karin'] },
  { id: 'person:olof ek', name: 'Olof Ek', aliases: [], mentions: ['Olof Ek'] },
];
const data: NetworkExport = {
  meta,
  nodes: [
    { id: 'person:karin ek', label: 'Karin Ek', type: 'person', category: null, weight: 2, first: '2020-01-01', last: '2020-02-01', documents: ['minutes/a.txt'] },
    { id: 'person:olof ek', label: 'Olof Ek', type: 'person', category: null, weight: 1, first: '2020-01-01', last: '2020-01-01', documents: ['minutes/a.txt'] },
  ],
  edges: [{
    id: 'person:karin ek|person:olof ek|CO_ATTENDED', source: 'person:karin ek', target: 'person:olof ek', type: 'CO_ATTENDED',
    weight: 1, first: '2020-01-01', last: '2020-01-01', meetings: ['meeting:1'], projects: [], documents: ['minutes/a.txt'],
    evidence: [
      { path: 'minutes/a.txt', start: 10, end: 30, text: 'Karin Ek, "A & B" <x>' },
      { path: 'minutes/a.txt', start: 40, end: 80, text: 'Karin och Ek-gruppen; Olof #2, Kajsa Ek' },
    ],
  }],
};

describe('serialisers', () => {
  it('GraphML escapes text and carries the corpus and version as graph data', () => {
    const xml = toGraphml(data);
    // The quote is inside a JSON list, whose own quotes are then escaped for XML.
    expect(xml).toContain('Karin Ek, \\&quot;A &amp; B\\&quot; &lt;x&gt;');
    expect(xml).toContain('<data key="g_version">9.9.9</data>');
    expect(xml).toContain(`${'a'.repeat(64)}  minutes/a.txt`);
    expect(xml).toMatch(/<edge id="person:karin ek\|person:olof ek\|CO_ATTENDED" source="person:karin ek" target="person:olof ek">/);
  });

  it('GEXF 1.3 gives each node and edge its spell from first to last seen', () => {
    const xml = toGexf(data);
    expect(xml).toContain('xmlns="http://gexf.net/1.3"');
    expect(xml).toContain('mode="dynamic" timeformat="date"');
    expect(xml).toContain('<spell start="2020-01-01" end="2020-02-01"/>');
    expect(xml).not.toContain('lastmodifieddate');
  });

  it('CSV quotes what needs quoting; metadata.json names the corpus', () => {
    const files = toCsvFiles(data);
    const [header, row] = files['edges.csv'].split('\r\n');
    expect(header).toBe('id,source,target,type,weight,first,last,meetings,projects,documents,sources,quotes');
    expect(row).toContain('"[""minutes/a.txt:10-30"",""minutes/a.txt:40-80""]"');
    expect(JSON.parse(files['metadata.json'])).toMatchObject({ version: '9.9.9', corpus: meta.corpus, pseudonymised: false });
  });

  it('the incidence matrix: 1 present, 0 otherwise, the meetings described above the header', () => {
    const inc: IncidenceExport = {
      meta: { ...meta, network: null },
      meetings: [{ id: 'meeting:1', title: 'Möte 1', date: '2020-01-01', document: 'minutes/a.txt' }, { id: 'meeting:2', title: 'Möte 2', date: null, document: 'minutes/b.txt' }],
      people: [{ id: 'person:karin ek', label: 'Karin Ek', present: ['meeting:1'], absent: ['meeting:2'], evidence: [] }],
    };
    const lines = toIncidenceCsv(inc).split('\r\n');
    expect(lines).toContain('# meeting meeting:2: undated | Möte 2 | minutes/b.txt');
    expect(lines).toContain('person_id,person_label,meeting:1,meeting:2,recorded_absent,sources,quotes');
    expect(lines).toContain('person:karin ek,Karin Ek,1,0,"[""meeting:2""]",[],[]');
  });

  it('Cytoscape JSON keeps elements as data objects', () => {
    const doc = JSON.parse(toCytoscapeJson(data));
    expect(doc.elements.nodes[0].data).toMatchObject({ id: 'person:karin ek', documents: ['minutes/a.txt'] });
    expect(doc.elements.edges[0].data.evidence).toHaveLength(2);
    expect(doc.data.corpus).toEqual(meta.corpus);
  });
});

describe('pseudonymisation', () => {
  const key = corpusKey(meta.corpus);

  it('gives stable per-corpus identifiers: same corpus same id, another corpus another', () => {
    expect(pseudonymFor(key, 'person:karin ek')).toBe(pseudonymFor(corpusKey([...meta.corpus].reverse()), 'person:karin ek'));
    expect(pseudonymFor(key, 'person:karin ek')).not.toBe(pseudonymFor(corpusKey(meta.corpus.slice(1)), 'person:karin ek'));
    expect(pseudonymFor(key, 'person:karin ek')).toMatch(/^P-[0-9a-f]{12}$/);
  });

  it('scrubs full names, aliases, given names alone, whole words only; a shared surname becomes [person]', () => {
    const scrub = createScrubber(people, (id) => pseudonymFor(key, id));
    const karin = pseudonymFor(key, 'person:karin ek');
    expect(scrub('Karin Ek och Kajsa Ek')).toBe(`${karin} och ${karin}`);
    // "Ek" alone is both people's surname; "Ekonomi" is not a name.
    expect(scrub('Ek talar om Ekonomi; KARIN svarar')).toBe(`[person] talar om Ekonomi; ${karin} svarar`);
  });

  for (const [name, render] of [['GraphML', toGraphml], ['GEXF', toGexf], ['JSON', toCytoscapeJson], ['CSV', (x: NetworkExport) => Object.values(toCsvFiles(x)).join('\n')]] as const) {
    it(`${name}: no name left in any field, quotes and ids included; hashes kept`, () => {
      const out = render(pseudonymiseNetwork(data, people));
      for (const word of ['Karin', 'Kajsa', 'Olof', 'Ek']) expect(out).not.toMatch(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu'));
      expect(out).toContain(pseudonymFor(key, 'person:olof ek'));
      expect(out).toContain('a'.repeat(64));
    });
  }

  it('the incidence export too', () => {
    const inc = pseudonymiseIncidence({
      meta: { ...meta, network: null }, meetings: [{ id: 'meeting:1', title: 'Karin Ek hälsar', date: null, document: null }],
      people: [{ id: 'person:karin ek', label: 'Karin Ek', present: ['meeting:1'], absent: [], evidence: [{ path: 'minutes/a.txt', start: 0, end: 5, text: 'Karin' }] }],
    }, people);
    expect(toIncidenceCsv(inc)).not.toMatch(/karin|kajsa|\bek\b/i);
  });
});

describe('export options', () => {
  const fails = (argv: string[], message: RegExp) => expect(() => parseExportOptions(argv)).toThrow(message);

  it('names the option that is wrong', () => {
    fails([], /--format is required/);
    fails(['--format', 'pdf'], /unknown --format 'pdf'/);
    fails(['--format', 'gexf'], /--network is required/);
    fails(['--format', 'gexf', '--network', 'friends'], /unknown --network 'friends'/);
    fails(['--format', 'gexf', '--network', 'organisations', '--from', '2017-02-30'], /--from must be a date/);
    fails(['--format', 'gexf', '--network', 'organisations', '--from', '2017-02-01', '--to', '2016-01-01'], /is after --to/);
    fails(['--format', 'csv', '--network', 'organisations'], /give --out DIR/);
    fails(['--format', 'gexf', '--network', 'organisations', '--colour'], /Unknown option '--colour'/);
  });

  it('accepts a full request; the incidence needs no network', () => {
    expect(parseExportOptions(['--format', 'gexf', '--network', 'organisations', '--from', '2016-01-01', '--to', '2016-12-31', '--pseudonymise']))
      .toEqual({ format: 'gexf', network: 'organisations', period: { from: '2016-01-01', to: '2016-12-31' }, pseudonymise: true, out: null });
    expect(parseExportOptions(['--format', 'incidence', '--out', 'x.csv'])).toMatchObject({ network: null, out: 'x.csv' });
    expect(parseExportOptions(['--help'])).toBe('help');
  });
});
