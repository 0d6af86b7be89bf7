// The invented world the synthetic minutes are about: towns with their administrations and
// boards, associations, regions, state agencies and parties, the groups that meet, and the
// people in them. People are drawn with a skew: a few key people sit in many groups and come
// to most meetings, many appear once.
import { loadBenchData, type Administration } from './data.ts';
import { Prng, Zipf } from './prng.ts';

export type OrgKind = 'municipality' | 'administration' | 'region' | 'association' | 'state' | 'party';

export interface Organisation {
  readonly id: number;
  /** As minutes write it mid-sentence: "socialförvaltningen", "Region Halland", "Lyktan". */
  readonly name: string;
  readonly kind: OrgKind;
  readonly category: string;
  readonly abbreviation: string | null;
}

export interface Person {
  readonly id: number;
  readonly given: string;
  readonly surname: string;
  readonly orgId: number;
  /** The familiar form this person goes by in informal minutes ("Lasse" for Lars), if any. */
  readonly nickname: string | null;
}

export interface Official {
  readonly personId: number;
  readonly title: string;
}

export interface Group {
  readonly id: number;
  readonly name: string;
  /** board: a nämnd or the kommunstyrelse, formal protocols; working: a working group, informal minutes. */
  readonly kind: 'board' | 'working';
  readonly townId: number;
  /** Ordered by how often they come: the first are the core. */
  readonly members: readonly number[];
  readonly substitutes: readonly number[];
  readonly officials: readonly Official[];
  readonly projects: readonly string[];
  /** Organisations the group's members come from. */
  readonly orgIds: readonly number[];
  /** Days since 1970-01-01 of the next meeting. */
  nextDay: number;
  meetings: number;
}

export interface Town {
  readonly id: number;
  readonly name: string;
  readonly municipalityOrg: number;
  readonly administrations: readonly { readonly admin: Administration; readonly orgId: number }[];
  readonly associationOrgs: readonly number[];
  readonly regionOrg: number;
}

/** About one town per 2,500 minutes: a municipality's decade of meetings. */
const docsPerTown = 2500;
const workingGroupsPerTown = 8;
const namesakeRate = 0.01;

export class World {
  readonly towns: Town[] = [];
  readonly organisations: Organisation[] = [];
  readonly persons: Person[] = [];
  readonly groups: Group[] = [];
  /** Pairs of different persons with the same full name, in different organisations. */
  readonly namesakes: [number, number][] = [];
  readonly stateOrgs: number[] = [];
  readonly partyOrgs = new Map<string, number>();
  private readonly pools = new Map<string, number[]>();
  private readonly fullNames = new Map<string, number>();
  private readonly givenF: Zipf;
  private readonly givenM: Zipf;
  private readonly surnameZipf: Zipf;
  private readonly nicknameOf = new Map<string, string>();
  private readonly data = loadBenchData();

  constructor(docs: number, private readonly rng: Prng) {
    const { names, words } = this.data;
    this.givenF = new Zipf(names.givenFemale.length, 0.7);
    this.givenM = new Zipf(names.givenMale.length, 0.7);
    this.surnameZipf = new Zipf(names.surnames.length, 0.6);
    for (const [nick, formal] of Object.entries(names.nicknames)) this.nicknameOf.set(formal, nick);
    for (const p of words.parties) this.partyOrgs.set(p.code, this.addOrg(p.name, 'party', 'political-body', p.code));
    for (const s of words.stateAgencies) this.stateOrgs.push(this.addOrg(s, 'state', 'state', null));
    const associations = words.associations.map((a) => this.addOrg(a, 'association', 'user-organisation', null));
    const regions = new Map<string, number>();
    const townNames = this.townNames(Math.max(1, Math.ceil(docs / docsPerTown)));
    const combos = this.shuffle(words.groupKinds.flatMap((k) => words.groupTopics.map((t) => [k, t] as const)));
    const projectNames = this.shuffle(words.projectAdjectives.flatMap((a) => words.projectNouns.map((n) => `${a} ${n}`)));
    let combo = 0;
    let project = 0;
    for (const [townId, name] of townNames.entries()) {
      const regionName = words.regions[townId % words.regions.length]!;
      if (!regions.has(regionName)) regions.set(regionName, this.addOrg(`Region ${regionName}`, 'region', 'region', null));
      const admins = this.shuffle(words.administrations).slice(0, 5);
      const town: Town = {
        id: townId,
        name,
        municipalityOrg: this.addOrg(`${name} kommun`, 'municipality', 'municipal-administration', null),
        administrations: admins.map((admin) => ({ admin, orgId: this.addOrg(`${admin.stem}förvaltningen`, 'administration', 'municipal-administration', admin.abbreviation) })),
        associationOrgs: this.shuffle(associations).slice(0, 5),
        regionOrg: regions.get(regionName)!,
      };
      this.towns.push(town);
      this.addBoard(town, 'Kommunstyrelsen', town.municipalityOrg, ['kommundirektör', 'kommunsekreterare']);
      for (const { admin, orgId } of town.administrations) this.addBoard(town, admin.board, orgId, ['förvaltningschef', 'nämndsekreterare']);
      for (let g = 0; g < workingGroupsPerTown; g++) {
        const [kind, topic] = combos[combo++ % combos.length]!;
        // "Styrgrupp för trygghet" and "Styrgrupp trygghet" are both usual; a group keeps one.
        const groupName = rng.chance(0.5) ? `${kind} för ${topic}` : `${kind} ${topic}`;
        const projects = Array.from({ length: rng.between(1, 2) }, () => projectNames[project++ % projectNames.length]!);
        this.addWorkingGroup(town, groupName, projects);
      }
    }
  }

  private addOrg(name: string, kind: OrgKind, category: string, abbreviation: string | null): number {
    const id = this.organisations.length;
    this.organisations.push({ id, name, kind, category, abbreviation });
    return id;
  }

  private shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.rng.int(i + 1);
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  }

  private townNames(n: number): string[] {
    const { townPrefixes, townSuffixes } = this.data.words;
    const all = this.shuffle(townPrefixes.flatMap((p) => townSuffixes.map((s) => p + s)));
    // More towns than names: a second town of a name is told apart as "Nya X".
    return Array.from({ length: n }, (_, i) => (i < all.length ? all[i]! : `Nya ${all[i % all.length]!.toLowerCase()}`));
  }

  private startDay(): number {
    // Mondays: groups keep their weekday more often than not.
    const day = Math.floor(Date.UTC(2010 + this.rng.int(8), this.rng.int(12), 1 + this.rng.int(28)) / 86_400_000);
    return day + ((8 - new Date(day * 86_400_000).getUTCDay()) % 7);
  }

  private addBoard(town: Town, name: string, officeOrg: number, titles: readonly string[]): void {
    const seats = this.rng.between(7, 11);
    const people = this.distinct(seats + 3, () => this.politician(town));
    const officials = this.distinct(titles.length, () => this.staff(town.id, officeOrg, 0.5));
    this.groups.push({
      id: this.groups.length, name, kind: 'board', townId: town.id,
      members: people.slice(0, seats),
      substitutes: people.slice(seats),
      officials: titles.map((title, i) => ({ personId: officials[i]!, title })),
      projects: [], orgIds: [officeOrg], nextDay: this.startDay(), meetings: 0,
    });
  }

  private addWorkingGroup(town: Town, name: string, projects: readonly string[]): void {
    const orgIds = [
      ...this.shuffle(town.administrations.map((a) => a.orgId)).slice(0, 2),
      ...this.shuffle(town.associationOrgs).slice(0, this.rng.between(1, 2)),
      ...(this.rng.chance(0.3) ? [town.regionOrg] : []),
      ...(this.rng.chance(0.2) ? [this.rng.pick(this.stateOrgs)] : []),
    ];
    const size = this.rng.between(5, 10);
    let i = 0;
    const members = this.distinct(size, () => this.staff(town.id, orgIds[i++ % orgIds.length]!, 0.6));
    this.groups.push({ id: this.groups.length, name, kind: 'working', townId: town.id, members, substitutes: [], officials: [], projects, orgIds, nextDay: this.startDay(), meetings: 0 });
  }

  /** `n` different people from `draw` (a reused person is drawn again). */
  private distinct(n: number, draw: () => number): number[] {
    const out: number[] = [];
    for (let tries = 0; out.length < n && tries < n * 20; tries++) {
      const id = draw();
      if (!out.includes(id)) out.push(id);
    }
    return out;
  }

  private politician(town: Town): number {
    const parties = this.data.words.parties;
    let u = this.rng.int(parties.reduce((s, p) => s + p.weight, 0));
    const party = parties.find((p) => (u -= p.weight) < 0)!;
    return this.staff(town.id, this.partyOrgs.get(party.code)!, 0.3);
  }

  /**
   * Someone from an organisation in a town: with probability `reuse` a person already known
   * there, the first known far more often than the rest (rank ∝ u³), else a new person.
   */
  staff(townId: number, orgId: number, reuse: number): number {
    const key = `${townId}:${orgId}`;
    let pool = this.pools.get(key);
    if (!pool) this.pools.set(key, (pool = []));
    if (pool.length && this.rng.chance(reuse)) return pool[Math.floor(pool.length * this.rng.next() ** 3)]!;
    const id = this.newPerson(orgId);
    pool.push(id);
    return id;
  }

  private newPerson(orgId: number): number {
    const id = this.persons.length;
    const namesake = this.persons.length > 50 && this.rng.chance(namesakeRate) ? this.namesakeFor(orgId) : null;
    let given = '';
    let surname = '';
    if (namesake) ({ given, surname } = namesake);
    else {
      // A name already taken is drawn again: namesakes come only from the rate above, so the
      // corpus holds a known number of them.
      for (let tries = 0; tries < 40; tries++) {
        const female = this.rng.chance(0.5);
        given = female ? this.data.names.givenFemale[this.givenF.draw(this.rng)]! : this.data.names.givenMale[this.givenM.draw(this.rng)]!;
        surname = this.data.names.surnames[this.surnameZipf.draw(this.rng)]!;
        // One in ten carries a double surname ("Persson Wahlgren" style): more distinct names.
        const second = this.data.names.surnames[this.surnameZipf.draw(this.rng)]!;
        if (this.rng.chance(0.1) && second !== surname) surname = `${second}-${surname}`;
        if (!this.fullNames.has(`${given} ${surname}`)) break;
      }
    }
    const nick = this.nicknameOf.get(given);
    this.persons.push({ id, given, surname, orgId, nickname: nick && this.rng.chance(0.4) ? nick : null });
    if (namesake) this.namesakes.push([namesake.id, id]);
    else this.fullNames.set(`${given} ${surname}`, id);
    return id;
  }

  private namesakeFor(orgId: number): Person | null {
    for (let tries = 0; tries < 10; tries++) {
      const other = this.persons[this.rng.int(this.persons.length)]!;
      const taken = this.namesakes.some(([a, b]) => a === other.id || b === other.id);
      if (other.orgId !== orgId && !taken && this.organisations[other.orgId]!.kind !== 'party') return other;
    }
    return null;
  }

  /** Where boards meet ("Stadshuset, Sessionssalen"). */
  get places(): readonly string[] {
    return this.data.words.placeNames;
  }

  /** Sentences that name no entity. */
  get filler(): readonly string[] {
    return this.data.words.fillerSentences;
  }

  /** Agenda headings that name no entity. */
  get headings(): readonly string[] {
    return this.data.words.headingTopics;
  }
}
