// Attendance, absence, memberships and project roles of one document against its gold.
import type { ResolvedDocument } from '../resolve/resolved.ts';
import { scoreSlot, type Miss, type Neutral, type PartScore } from './document-score.ts';
import type { GoldDocument } from './gold.ts';
import { matchOneToOne, type Fit } from './matching.ts';
import { addTallies, type Metric, type Tally } from './metrics.ts';
import { normaliseName, organisationTypes, personTypes, projectTypes, type NameJudge } from './names.ts';

interface Listed<T> {
  readonly item: T;
  readonly label: string;
}

/**
 * Predicted against gold items, one-to-one. A leftover predicted item is neutral when it
 * fits an optional gold item, a false positive "duplicate" when it fits a gold item already
 * taken, otherwise a plain false positive.
 */
function scoreItems<P, G>(
  metric: Metric,
  predicted: readonly Listed<P>[],
  gold: readonly Listed<G>[],
  optional: readonly Listed<G>[],
  fit: Fit<P, G>,
): { tally: Tally; misses: Miss[]; neutral: Neutral[]; pairs: readonly { predicted: Listed<P>; gold: Listed<G> }[] } {
  const listedFit: Fit<Listed<P>, Listed<G>> = (p, g) => fit(p.item, g.item);
  const { pairs, unmatchedPredicted, unmatchedGold } = matchOneToOne(predicted, gold, listedFit);
  const misses: Miss[] = unmatchedGold.map((g) => ({ metric, kind: 'missed', name: g.label, detail: null }));
  const neutral: Neutral[] = [];
  let fp = 0;
  for (const p of unmatchedPredicted) {
    const opt = optional.find((o) => listedFit(p, o) !== null);
    if (opt) {
      neutral.push({ metric, name: p.label, gold: opt.label });
      continue;
    }
    fp++;
    const taken = pairs.find((x) => listedFit(p, x.gold) !== null);
    misses.push({ metric, kind: 'false-positive', name: p.label, detail: taken ? `duplicate: gold '${taken.gold.label}' is matched by '${taken.predicted.label}'` : null });
  }
  return { tally: { tp: pairs.length, fp, fn: unmatchedGold.length }, misses, neutral, pairs };
}

/** A person's tie to an organisation, group or project, as stated in one document. */
interface Link {
  readonly person: string;
  readonly target: string;
  readonly optional: boolean;
}

/** Exact canonical names fit best; a match through aliases comes second. */
const rankNames = (a: string, b: string): number => (normaliseName(a) === normaliseName(b) ? 0 : 1);

export function scoreRelations(predicted: ResolvedDocument, gold: GoldDocument, judge: NameJudge): PartScore {
  const samePerson = (p: string, g: string): number | null => (judge.same(p, g, personTypes) ? rankNames(p, g) : null);
  const sameOrganisation = (p: string | null, g: string | null): boolean => (p === null || g === null ? p === g : judge.same(p, g, organisationTypes));
  const tallies: Partial<Record<Metric, Tally | null>> = {};
  const misses: Miss[] = [];
  const neutral: Neutral[] = [];
  const collect = (metric: Metric, r: { tally: Tally; misses: Miss[]; neutral: Neutral[] }): void => {
    tallies[metric] = r.tally;
    misses.push(...r.misses);
    neutral.push(...r.neutral);
  };

  // Attendees: the present ones, by name.
  const present = predicted.attendees.filter((a) => a.present).map((a) => ({ item: a, label: a.name }));
  const attendees = scoreItems('attendees', present, gold.attendees.map((a) => ({ item: a, label: a.name })), [], (p, g) => samePerson(p.name, g.name));
  collect('attendees', attendees);

  // Each gold attendee's organisation, null = null; an attendee not found counts as wrong.
  const organisationSlots = gold.attendees.map((g) => {
    const pair = attendees.pairs.find((x) => x.gold.item === g);
    if (!pair) return { tally: { tp: 0, fp: 0, fn: 1 }, misses: [{ metric: 'attendeeOrganisations' as const, kind: 'missed' as const, name: g.name, detail: 'attendee not found' }] };
    const org = pair.predicted.item.organisation;
    return scoreSlot('attendeeOrganisations', g.name, sameOrganisation(org, g.organisation), g.organisation, org);
  });
  tallies.attendeeOrganisations = addTallies(organisationSlots.map((s) => s.tally));
  misses.push(...organisationSlots.flatMap((s) => s.misses));

  // Absent members: gold `absent` against predicted attendees with present = false.
  if (gold.absent) {
    const away = predicted.attendees.filter((a) => !a.present).map((a) => ({ item: a.name, label: a.name }));
    collect('absent', scoreItems('absent', away, gold.absent.map((n) => ({ item: n, label: n })), [], samePerson));
  } else tallies.absent = null;

  // Memberships: person + organisation (or group); project roles: person + project (the role
  // itself is not scored). Both ends are compared through the alias books.
  const toLink = (person: string, target: string, optional = false): Link => ({ person, target, optional });
  if (gold.memberships) {
    const links = predicted.memberships.map((m) => toLink(m.person, m.organisation));
    const goldLinks = gold.memberships.map((m) => toLink(m.person, m.organisation, m.optional));
    collect('memberships', scoreLinks('memberships', links, goldLinks, (p, g) => judge.same(p, g, organisationTypes)));
  } else tallies.memberships = null;

  if (gold.projectRoles) {
    const links = predicted.projectRoles.map((r) => toLink(r.person, r.project));
    const goldLinks = gold.projectRoles.map((r) => toLink(r.person, r.project, r.optional));
    collect('projectRoles', scoreLinks('projectRoles', links, goldLinks, (p, g) => judge.same(p, g, projectTypes)));
  } else tallies.projectRoles = null;

  function scoreLinks(metric: Metric, links: readonly Link[], goldLinks: readonly Link[], sameTarget: (p: string, g: string) => boolean) {
    const listed = (l: Link): Listed<Link> => ({ item: l, label: `${l.person} – ${l.target}` });
    // The same pair stated twice in a document is one fact.
    const unique = [...new Map(links.map((l) => [`${normaliseName(l.person)}|${normaliseName(l.target)}`, l])).values()];
    return scoreItems(metric, unique.map(listed), goldLinks.filter((l) => !l.optional).map(listed), goldLinks.filter((l) => l.optional).map(listed), (p, g) => {
      const person = samePerson(p.person, g.person);
      return person !== null && sameTarget(p.target, g.target) ? person + rankNames(p.target, g.target) : null;
    });
  }

  return { tallies, misses, neutral };
}
