// Facts about the generated corpus as a whole (corpus.json in the seeds-gold format) and the
// registry a user of such a corpus would curate (nicknames, abbreviations, categories).
import type { GeneratedDocument } from './corpus.ts';
import { loadBenchData } from './data.ts';
import { fullName } from './name-forms.ts';
import type { World } from './population.ts';

const factLimit = 40;

export class CorpusFacts {
  private readonly seen = new Set<number>();
  private readonly attended = new Map<number, number>();
  /** Full-name surfaces ("Lasse Ekdahl", "Lars E", "Lars Ekdahl") → who was written so. */
  private readonly surfaces = new Map<string, Set<number>>();
  private readonly meetings = new Map<string, number>();

  observe(doc: GeneratedDocument, world: World): void {
    for (const m of doc.mentions) this.seen.add(m.personId);
    for (const id of doc.present) this.attended.set(id, (this.attended.get(id) ?? 0) + 1);
    for (const e of doc.gold.entities) {
      if (e.type !== 'person') continue;
      for (const s of [e.name, ...(e.aliases ?? [])]) {
        const ids = this.surfaces.get(s) ?? new Set<number>();
        for (const m of doc.mentions) if (fullName(world.persons[m.personId]!) === e.name) ids.add(m.personId);
        this.surfaces.set(s, ids);
      }
    }
    if (doc.gold.meeting.group) this.meetings.set(doc.gold.meeting.group, (this.meetings.get(doc.gold.meeting.group) ?? 0) + 1);
  }

  /** corpus.json: only facts that names alone can state (namesakes are left out of them). */
  toJson(world: World): Record<string, unknown> {
    const namesake = new Set(world.namesakes.flat());
    const usedAs = (s: string, id: number) => { const ids = this.surfaces.get(s); return !!ids && ids.size === 1 && ids.has(id); };
    const plain = [...this.seen].filter((id) => !namesake.has(id)).sort((a, b) => a - b);
    // Surfaces only one person was written as, by person: one pass, not one per person.
    const ownSurfaces = new Map<number, string[]>();
    for (const [s, ids] of this.surfaces) if (ids.size === 1) for (const id of ids) ownSurfaces.set(id, [...(ownSurfaces.get(id) ?? []), s]);
    const samePerson: [string, string][] = [];
    for (const id of plain) {
      if (samePerson.length >= factLimit) break;
      const name = fullName(world.persons[id]!);
      if (!usedAs(name, id)) continue;
      for (const s of ownSurfaces.get(id) ?? []) if (s !== name && samePerson.length < factLimit) samePerson.push([name, s]);
    }
    const differentPersons: [string, string][] = [];
    const byGiven = new Map<string, number>();
    for (const id of plain) {
      if (differentPersons.length >= factLimit) break;
      const p = world.persons[id]!;
      const other = byGiven.get(p.given);
      if (other !== undefined && differentPersons.length < factLimit && usedAs(fullName(p), id) && usedAs(fullName(world.persons[other]!), other)) differentPersons.push([fullName(world.persons[other]!), fullName(p)]);
      else byGiven.set(p.given, id);
    }
    const boards = new Set(world.groups.filter((g) => g.kind === 'board').map((g) => g.name));
    const groupNames = new Map<string, number>();
    for (const g of world.groups) groupNames.set(g.name, (groupNames.get(g.name) ?? 0) + 1);
    const meetingsPerGroup = Object.fromEntries([...this.meetings].filter(([n]) => !boards.has(n) && groupNames.get(n) === 1).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).slice(0, 20));
    const counts = plain.filter((id) => this.attended.has(id)).map((id) => [fullName(world.persons[id]!), this.attended.get(id)!] as const);
    const byCount = [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b));
    const attendanceCounts = Object.fromEntries([...byCount.slice(0, 10), ...byCount.filter(([, n]) => n === 1).slice(0, 10)]);
    return {
      description: `Synthetic corpus: facts about all its documents together. ${world.namesakes.length} pairs of namesakes (same full name, different persons) are in the corpus and counted in distinctPersons.`,
      distinctPersons: this.seen.size,
      samePerson,
      differentPersons,
      meetingsPerGroup,
      attendanceCounts,
    };
  }
}

/** The registry a user would keep for this corpus (the format of seeds/registry.yaml). */
export function corpusRegistry(world: World) {
  const organisations = new Map<string, { name: string; aliases?: string[]; category: string }>();
  for (const o of world.organisations) {
    if (o.kind === 'party' || organisations.has(o.name)) continue;
    organisations.set(o.name, { name: o.name, ...(o.abbreviation ? { aliases: [o.abbreviation] } : {}), category: o.category });
  }
  return {
    nicknames: loadBenchData().names.nicknames,
    organisations: [...organisations.values()],
    persons: [],
    groups: [],
    projects: [],
    notPersons: [],
    keepApart: [],
  };
}
