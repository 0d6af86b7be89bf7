// resolve: every document's extraction, taken together → canonical names, one per entity.
import type { EntityType } from '../../cypher/model.ts';
import type { DocumentExtraction, NameRef } from '../extract/context.ts';
import type { Registry } from '../registry.ts';
import type { Mention, Span } from '../types.ts';
import { adoptDefiniteForms, buildClusters, type Cluster } from './clusters.ts';
import { resolveMeetingDates } from './meeting-dates.ts';
import { createMentionScanner } from './mention-scan.ts';
import { createPersonScanner } from './person-scan.ts';
import { codeUnitCompare, keyOf, svCompare } from './key-cache.ts';
import { documentPersons, groupRegulars, resolveAbbreviation, resolveFirstName } from './person-context.ts';
import { buildPersons, type PersonCluster } from './persons.ts';
import type { ResolvedDocument, ResolvedEntity } from './resolved.ts';

type Entity = { name: string; type: EntityType; aliases: readonly string[]; category: string | null; categoryInferred: boolean };
/** An entity and the id the collector knows it by (two clusters with one name are one entity). */
type Keyed = { readonly id: string; readonly entity: Entity };

const byStart = (a: Span, b: Span) => a.start - b.start;

class EntityCollector {
  // A document names an entity a few times: its mentions are a list, searched in full.
  private readonly byId = new Map<string, { entity: Entity; mentions: Mention[] }>();
  add({ id, entity }: Keyed, mention: Mention | null): void {
    let slot = this.byId.get(id);
    if (!slot) this.byId.set(id, (slot = { entity, mentions: [] }));
    if (!mention) return;
    // One occurrence found twice ("Kulturförvaltningens" by the scanner, its stem by a rule) is one mention: the longer.
    const mentions = slot.mentions;
    for (let k = 0; k < mentions.length; ) {
      const other = mentions[k]!;
      if (other.start < mention.end && mention.start < other.end) {
        if (other.end - other.start >= mention.end - mention.start) return;
        mentions.splice(k, 1);
      } else k += 1;
    }
    mentions.push(mention);
  }
  /** Every span read so far, whatever it was read as. */
  spans(): Span[] {
    const spans: Span[] = [];
    for (const slot of this.byId.values()) spans.push(...slot.mentions);
    return spans;
  }
  list(): ResolvedEntity[] {
    const listed: ResolvedEntity[] = [];
    for (const { entity: e, mentions } of this.byId.values()) {
      listed.push({ name: e.name, type: e.type, aliases: e.aliases, category: e.category, categoryInferred: e.categoryInferred, mentions: mentions.length > 1 ? mentions.sort(byStart) : mentions });
    }
    return listed.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0) || svCompare(a.name, b.name));
  }
}

const personEntity = (p: PersonCluster): Entity => ({ name: p.name, type: 'person', aliases: [...p.surfaces.keys()].filter((s) => s !== p.name).sort(), category: null, categoryInferred: false });
const clusterEntity = (c: Cluster): Entity => ({ name: c.name, type: c.type, aliases: [...c.surfaces.keys()].filter((s) => s !== c.name).sort(), category: c.category, categoryInferred: c.categoryInferred });

/**
 * Each cluster's entity, made once when first met: its name and spellings are settled before any
 * document is resolved, and a person is named in thousands of them (at 100k documents, making it
 * anew for each mention was a tenth of what resolution allocated).
 */
function entityCache<C extends object>(make: (c: C) => Entity): (c: C) => Keyed {
  const made = new Map<C, Keyed>();
  return (c) => {
    let keyed = made.get(c);
    if (!keyed) {
      const entity = make(c);
      made.set(c, (keyed = { id: `${entity.type}:${keyOf(entity.name)}`, entity }));
    }
    return keyed;
  };
}

export interface ExtractedText {
  readonly extraction: DocumentExtraction;
  /** The document's normalised text, for the quotes of mentions. */
  readonly text: string;
}

export function resolveCorpus(input: readonly ExtractedText[], registry: Registry): ResolvedDocument[] {
  return Array.from(resolveEach(input, registry), (r) => r.resolved);
}

/**
 * The corpus resolved one document at a time, in id order: what is learnt from the whole corpus
 * (clusters, persons, dates) is built first, then each document is resolved as it is asked for,
 * so a caller that writes and drops each one never holds every resolved document at once.
 */
export function* resolveEach<T extends ExtractedText>(input: readonly T[], registry: Registry): Generator<{ readonly input: T; readonly resolved: ResolvedDocument }> {
  // Sorted by id, so the result does not depend on the order documents were given in. Ids are
  // `doc:` and hex digits, which code-unit order sorts as a collator would, at a fraction of the
  // cost (100k documents: 0.67 s with Intl.Collator).
  const sorted = [...input].sort((a, b) => codeUnitCompare(a.extraction.docId, b.extraction.docId));
  yield* resolveSorted(sorted, registry, { keepScans: true });
}

/**
 * The same over a corpus that is read again for each pass (e.g. one kept packed, not as
 * objects) and gives its documents in id order every time. Each document is scanned for
 * known names twice, once to learn the corpus's definite forms and once to resolve it,
 * instead of every scan being kept from the first pass to the last.
 */
export function resolveStream<T extends ExtractedText>(corpus: Iterable<T>, registry: Registry): Generator<{ readonly input: T; readonly resolved: ResolvedDocument }> {
  return resolveSorted(corpus, registry, { keepScans: false });
}

function* resolveSorted<T extends ExtractedText>(sorted: Iterable<T>, registry: Registry, { keepScans }: { keepScans: boolean }): Generator<{ readonly input: T; readonly resolved: ResolvedDocument }> {
  const docs: Iterable<DocumentExtraction> = { *[Symbol.iterator]() { for (const d of sorted) yield d.extraction; } };
  const clusters = buildClusters(docs, registry);
  const persons = buildPersons(docs, registry);
  const scanner = createMentionScanner(clusters.clusters);
  const personScanner = createPersonScanner(persons.persons, { asWritten: true });
  const groupOf = (d: DocumentExtraction) => (d.meeting.group ? clusters.lookup(d.meeting.group.name) ?? null : null);
  const dates = resolveMeetingDates(docs, (d) => groupOf(d)?.key ?? null);
  const regulars = groupRegulars(persons, docs, (d) => groupOf(d)?.key ?? null);

  // Every known organisation, group, project, event and place, wherever a text names it.
  // A spelling the registry keeps apart from an entity is not a mention of it. The scanner's
  // patterns are fixed when it is made, so scanning a text again finds the same mentions.
  const scan = ({ extraction: doc, text }: ExtractedText) =>
    scanner.scan(text, [...doc.candidates.filter((c) => c.type === 'person'), ...doc.attendees])
      .filter((m) => {
        const apart = registry.apartFrom(m.cluster.name);
        return !apart.length || !apart.includes(keyOf(m.text));
      });
  const scans = keepScans ? Array.from(sorted, scan) : null;
  adoptDefiniteForms(scans ?? { *[Symbol.iterator]() { for (const d of sorted) yield scan(d); } }, registry);
  const personOfCluster = entityCache(personEntity);
  const entityOfCluster = entityCache(clusterEntity);

  const resolveOne = ({ extraction: doc, text }: ExtractedText, index: number): ResolvedDocument => {
    const entities = new EntityCollector();
    const mention = (s: Span): Mention => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
    const unresolved: ResolvedDocument['unresolved'][number][] = [];
    const inDoc = documentPersons(persons, doc, regulars.get(groupOf(doc)?.key ?? '') ?? new Map());
    // A full name, or else a given name and an initial that the meeting's context settles.
    const byName = (name: string) => persons.lookup(name) ?? resolveAbbreviation(persons, inDoc, name, registry) ?? undefined;
    const personOf = (ref: NameRef, cue: 'full' | 'given' | 'signature'): PersonCluster | null => {
      const full = persons.lookup(ref.name);
      if (full) return full;
      if (ref.name.includes(' ')) return byName(ref.name) ?? null;
      const r = resolveFirstName(persons, inDoc, ref, cue !== 'given');
      if (r && 'ambiguous' in r) unresolved.push({ name: ref.name, start: ref.start, end: ref.end, reason: `shared by ${r.ambiguous.map((p) => p.name).sort(svCompare).join(' and ')}` });
      // Kept, not dropped: a later document may name this person in full, and the next ingest
      // (which resolves the whole corpus again) then resolves it.
      if (!r) {
        const reason = cue === 'given' ? 'no attendee or person named in full in this document has this given name' : 'no person with this given name in the corpus yet';
        unresolved.push({ name: ref.name, start: ref.start, end: ref.end, reason });
      }
      return r && 'person' in r ? r.person : null;
    };
    const addPerson = (p: PersonCluster | null, s: Span) => p && entities.add(personOfCluster(p), mention(s));

    const attendees = doc.attendees.map((a, i) => {
      const p = inDoc.attendeeOf[i] ?? resolveAbbreviation(persons, inDoc, a.name, registry) ?? undefined;
      addPerson(p ?? null, a);
      const orgs = a.organisations.map((o) => clusters.lookup(o)?.name ?? o);
      return { name: p?.name ?? a.name, organisation: orgs[0] ?? null, organisations: orgs, role: a.role, present: a.present, start: a.start, end: a.end };
    });
    for (const ref of doc.absentees) {
      const p = personOf(ref, 'signature');
      if (!p) continue;
      addPerson(p, ref);
      if (!attendees.some((a) => a.name === p.name)) attendees.push({ name: p.name, organisation: null, organisations: [], role: null, present: false, start: ref.start, end: ref.end });
    }
    const taker = doc.minuteTaker ? personOf(doc.minuteTaker, 'signature') : null;
    if (taker) addPerson(taker, doc.minuteTaker!);
    doc.candidates.forEach((c, i) => {
      if (c.type === 'person') addPerson(c.name.includes(' ') ? inDoc.candidateOf[i] ?? resolveAbbreviation(persons, inDoc, c.name, registry) : personOf(c, 'given'), c);
    });
    const givenNames = doc.firstNames.filter((f) => !doc.candidates.some((c) => c.type !== 'person' && c.start <= f.start && c.end >= f.end));
    for (const f of givenNames) addPerson(personOf(f, 'given'), f);

    let scanned: ReturnType<typeof scan>;
    if (scans) {
      scanned = scans[index]!;
      // Let each document's scan go once it is used: at 100k documents they are hundreds of MB.
      scans[index] = [];
    } else scanned = scan({ extraction: doc, text });
    for (const m of scanned) entities.add(entityOfCluster(m.cluster), mention(m));
    for (const c of doc.candidates) {
      const cluster = c.type === 'person' ? undefined : clusters.lookup(c.name);
      if (cluster) entities.add(entityOfCluster(cluster), mention(c));
    }
    for (const a of doc.attendees) for (const o of a.organisations) {
      const cluster = clusters.lookup(o);
      const at = text.indexOf(o, a.start);
      if (cluster) entities.add(entityOfCluster(cluster), at >= 0 ? mention({ start: at, end: at + o.length }) : null);
    }
    const group = groupOf(doc);
    if (group && doc.meeting.group) entities.add(entityOfCluster(group), mention(doc.meeting.group));

    const memberships = doc.memberships.flatMap((m) => {
      const p = m.cue === 'attendance' ? byName(m.person.name) : personOf(m.person, m.person.name.includes(' ') ? 'full' : 'signature');
      const org = clusters.lookup(m.organisation);
      if (!p || !org) return [];
      entities.add(entityOfCluster(org), null);
      return [{ person: p.name, organisation: org.name, role: m.role, cue: m.cue, start: m.start, end: m.end }];
    });
    const projectRoles = doc.projectRoles.flatMap((r) => {
      const p = personOf(r.person, 'full');
      const project = clusters.lookup(r.project);
      return p && project ? [{ person: p.name, project: project.name, role: r.role, start: r.start, end: r.end }] : [];
    });
    const discussed = doc.sections.flatMap((s) => scanned
      .filter((m) => m.start >= s.start && m.end <= s.end && ['project', 'organisation', 'event', 'group'].includes(m.cluster.type))
      .map((m) => ({ section: s.heading, name: m.cluster.name, type: m.cluster.type, start: m.start, end: m.end })));
    // Known persons named where no rule read them; last, so the spans read by rules come first.
    const read = [...entities.spans(), ...doc.candidates, ...doc.attendees, ...doc.firstNames, ...doc.absentees, ...(doc.minuteTaker ? [doc.minuteTaker] : [])];
    for (const found of personScanner.scan(text, read)) {
      const r = found.given === null ? null : resolveFirstName(persons, inDoc, { name: found.given, start: found.start, end: found.end }, false);
      addPerson(found.person ?? (r && 'person' in r ? r.person : null), found);
    }
    const listed = entities.list();
    const date = dates.get(doc.docId)!;
    return {
      source: doc.path,
      docId: doc.docId,
      meeting: { title: doc.meeting.title, group: group?.name ?? null, groupSpan: doc.meeting.group ? { start: doc.meeting.group.start, end: doc.meeting.group.end } : null, ...date },
      minuteTaker: taker?.name ?? doc.minuteTaker?.name ?? null,
      minuteTakerSpan: doc.minuteTaker ? { start: doc.minuteTaker.start, end: doc.minuteTaker.end } : null,
      attendees,
      entities: listed,
      memberships: dedupe(memberships, (m) => `${m.person}|${m.organisation}`),
      projectRoles: dedupe(projectRoles, (r) => `${r.person}|${r.project}`),
      discussed: dedupe(discussed, (d) => `${d.section}|${d.name}|${d.start}`),
      // A span read two ways (a lone given name that is also an absentee) counts as resolved if either way resolved it.
      unresolved: dedupe(unresolved, (u) => `${u.name}|${u.start}`).filter((u) => !personMentionAt(listed, u)),
      warnings: doc.warnings,
    };
  };
  let index = 0;
  for (const item of sorted) yield { input: item, resolved: resolveOne(item, index++) };
}

function personMentionAt(entities: readonly ResolvedEntity[], span: Span): boolean {
  return entities.some((e) => e.type === 'person' && e.mentions.some((m) => m.start === span.start && m.end === span.end));
}

function dedupe<T>(items: readonly T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((t) => !seen.has(key(t)) && !!seen.add(key(t)));
}
