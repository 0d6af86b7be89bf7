// What the extractor knows about Swedish (not about any particular town): closed word
// classes, role and title words, organisation name shapes, and generic agenda headings.

import { partyNames } from './index.ts';
import { lowerCase, perWord } from './word-cache.ts';

const set = (words: string) => new Set(words.trim().split(/\s+/));

/** Riksdag/council party abbreviations written after names: "Anna Lust (M)" (parties.txt). */
export const partyCodes: ReadonlySet<string> = new Set(partyNames.keys());

/** Roles written after a name instead of an organisation: "Ulf T. Holm, mentor". */
const roleWords = set(`
  mentor mentorer ordförande vice 1:e 2:e förste andre sekreterare ledamot ledamöter ersättare
  adjungerad adjungerade justerare protokollförare projektledare projektsamordnare samordnare
  handläggare brukarutvecklare brukarrepresentant brukare utvecklare utvecklingsledare
  verksamhetsutvecklare enhetschef avdelningschef chef direktör kommunsekreterare nämndsekreterare
  registrator controller ekonom konsult praktikant student gäst observatör moderator föreläsare
  talesperson sammankallande kontaktperson anhörig volontär medarbetare personal tjänsteperson
  antecknar kassör revisor suppleant styrelseledamot expert sakkunnig forskare doktorand professor
  socialsekreterare kurator psykolog sjuksköterska rektor lärare tolk`);

export const isRoleWord = perWord((text: string): boolean => {
  const words = lowerCase(text).split(/\s+/);
  // A role is written in lower case; an organisation would be capitalised or a compound name.
  return /^\p{Ll}/u.test(text.trim()) || /^\d/.test(text.trim())
    ? words.some((w) => roleWords.has(w) || /(?:ordförande|sekreterare|ledare|chef|direktör|samordnare|handläggare|ansvarig)$/.test(w))
    : false;
});

/**
 * Title words before a name in running text: "kulturdirektören Gun-Britt Lind",
 * "Professor Karin Holm", "forskaren X". A head of "Xförvaltningen" is "Xdirektören"/"Xchefen".
 */
export const titlePattern =
  /^(?:professor(?:n)?|docent(?:en)?|doktor|dr\.?|forskare(?:n)?|fil\.?\s*dr|ordförande(?:n)?|vice|rektor(?:n)?|chef(?:en)?|\p{Ll}+direktör(?:en)?|\p{Ll}+chef(?:en)?|\p{Ll}+sekreterare(?:n)?|\p{Ll}*samordnare(?:n)?|projektledare(?:n)?|handläggare(?:n)?|kommunalråd(?:et)?|riksdagsledamot(?:en)?|minister(?:n)?|statsråd(?:et)?|biskop(?:en)?|journalist(?:en)?|författare(?:n)?)$/iu;

/** Whether a word is a title before a name (titlePattern), remembered per word. */
export const isTitleWord = perWord((word: string): boolean => titlePattern.test(word));

/** "kulturdirektören" → "kulturförvaltningen": the head of an administration is named after it. */
export function administrationOfTitle(title: string): string | null {
  const m = /^(\p{Ll}{3,})(?:direktör|chef)(?:en)?$/u.exec(lowerCase(title));
  if (!m || /^(?:förvaltnings|verksamhets|enhets|avdelnings|ekonomi|it|kommun|stads|hr|personal|klubbhus)$/.test(m[1]!)) return null;
  return `${m[1]}förvaltningen`;
}

/** Endings of Swedish organisation names: definite compounds of an institution word. */
export const organisationSuffixes = [
  'förvaltningen', 'nämnden', 'styrelsen', 'högskolan', 'universitetet', 'delegationen', 'myndigheten',
  'verket', 'inspektionen', 'fonden', 'kommittén', 'utredningen', 'förbundet', 'föreningen', 'rådet',
  'kontoret', 'avdelningen', 'utbildningen', 'landstinget', 'regionen', 'kyrkan', 'partiet', 'sektionen',
  'akademin', 'institutet', 'centret', 'bolaget', 'stiftelsen', 'kommunen', 'polisen', 'domstolen',
] as const;

export const organisationSuffixPattern = new RegExp(`^(\\p{L}{3,})(?:${organisationSuffixes.join('|')})s?$`, 'iu');

/**
 * Multi-word organisation shapes: "Region Halland", "Borås stad", "Lunds universitet". Every
 * match of a shape holds one of its `words` and matches `needs`, a plain pattern: a text
 * without them is not searched with the (slow, Unicode) shape.
 */
export const organisationPhrasePatterns: readonly { readonly pattern: RegExp; readonly needs: RegExp; readonly words: readonly string[] }[] = [
  { pattern: /\bRegions?\s+\p{Lu}\p{Ll}+/gu, needs: /Region/, words: ['Region'] },
  {
    pattern: /\b\p{Lu}\p{Ll}+s?\s+(?:kommun|stad|universitet|högskola|landsting|län|stift)\b/gu,
    needs: /kommun|stad|universitet|högskola|landsting|län|stift/,
    words: ['kommun', 'stad', 'universitet', 'högskola', 'landsting', 'län', 'stift'],
  },
  // "Barn- och utbildningsnämnden", "Kultur- och fritidsförvaltningens": a shared-ending
  // compound (the first part's hyphen stands for the ending) naming a municipal body.
  { pattern: /\b\p{L}+-\s+(?:och|eller)\s+\p{Ll}+(?:nämnd|förvaltning|styrelse|utskott)(?:en|et)(?=s?\b)/gu, needs: /-\s+(?:och|eller)\s/, words: ['-'] },
  // "Storviks IF", "Norrby BK": a sports club by the abbreviation after its place name.
  { pattern: /\b\p{Lu}\p{Ll}+s?\s+(?:IF|IK|BK|FF|SK|GIF|AIK|BoIS|FK)\b/gu, needs: /IF|IK|BK|FF|SK|BoIS|FK/, words: ['IF', 'IK', 'BK', 'FF', 'SK', 'BoIS', 'FK'] },
  { pattern: /\b(?:Länsstyrelsen|Landstinget)\s+(?:i\s+)?\p{Lu}\p{Ll}+(?:\s+län)?/gu, needs: /Länsstyrelsen|Landstinget/, words: ['Länsstyrelsen', 'Landstinget'] },
  { pattern: /\b\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*)*\s+(?:AB|HB|KB|ek\.\s?för\.?|ideell förening)\b/gu, needs: /AB|HB|KB|ek\.|ideell förening/, words: ['AB', 'HB', 'KB', 'ek.', 'ideell förening'] },
];

/** "föreningen Cykelköket", "organisationen X": a generic noun announcing a name. */
export const organisationAnnouncers = set(`
  föreningen organisationen förbundet stiftelsen företaget bolaget brukarorganisationen
  intresseorganisationen frivilligorganisationen nätverket myndigheten`);

/** "projektet X", "gruppen X": a generic noun announcing the name of an initiative. */
export const projectAnnouncers = set('projektet gruppen arbetsgruppen satsningen programmet initiativet nätverket');

/** Compounds with these heads are generic ("arbetsgrupperna"), not names of a group. */
export const genericGroupPrefixes = set(`
  arbets utvecklings projekt referens styr led lednings fokus samverkans kreativa kreativ mindre
  större små stora olika alla några egna andra nya grupp tema under del intern externa`);

export const prepositions = set(`
  i på av för till med från om vid hos inom under över efter mot genom utan enligt kring mellan
  bland åt ur sedan före bakom utanför inför trots via per`);

export const conjunctions = set('och samt eller men som där när att om då så utan både varken');

/** Frequent finite verbs and auxiliaries: a name never runs on through them. */
export const commonVerbs = set(`
  är var har hade ska skall kommer kan kunde vill ville blir blev får fick gör gjorde finns fanns
  jobbar arbetar behöver håller tar tog ger gav går gick står stod ligger låg menar anser tycker
  berättar informerar tar säger sa sade vet ser såg gäller handlar bjuder lovar planerar besöker
  anordnar ordnar driver startar leder sprider hoppas tror önskar föreslår beslutar beslöt ansökte
  fortsätter påbörjar diskuterar pratar stämmer träffas möts deltar presenterar redovisar visar`);

/** Generic agenda headings: a section so named is not about a named project. */
export const genericHeadings = new RegExp(
  '^(?:närvarande|frånvarande|deltagare|fasta ledamöter|ledamöter|beslut|beslutades|agenda|dagordning|' +
    'övrigt|övriga frågor|frågeställningar|information|info|rapporter?|rapport från .*|rapporter från .*|' +
    'återblick.*|tider.*|nästa möte.*|mötets öppnande|mötet öppnas|mötets avslutande|avslutning|' +
    'föregående protokoll|protokoll|justering|val av .*|godkännande av .*|fastställande av .*|' +
    'vid pennan|sekreterare|ordförande|justerare|plats och tid|tid och plats|datum|tid|plats|' +
    'bilagor?|kallelse|inledning|presentation|presentationsrunda|aktuellt|lägesrapport|ekonomi|' +
    'besök av .*|uppföljning|sammanfattning|kommande möten|mötestider|mötesdatum)$',
  'i',
);

/** Sentence-initial words that are never the start of a name. */
export const functionWords = set(`
  vi ni de den det dessa detta denna han hon man en ett alla flera några många varje samtliga
  också även dessutom sedan därefter slutligen först nu här där vad hur varför vem vilka vilken
  när om att eftersom men och eller så ja nej kanske bara inte mycket mer även dock alltså`);
