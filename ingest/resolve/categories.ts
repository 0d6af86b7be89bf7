// An organisation's category from the shape of its Swedish name, where the registry says
// nothing. Each rule is a naming convention of Swedish public life; a name no rule knows gets
// no category (not "other": that is a person's judgement, for the registry).
import type { OrganisationCategory } from '../../cypher/model.ts';

const rules: readonly [RegExp, OrganisationCategory][] = [
  // Companies: the legal-form suffix (aktiebolag, handelsbolag, kommanditbolag, ekonomisk förening).
  [/(?:^|\s)(?:AB|HB|KB|Aktiebolag|ek\.?\s?för\.?)(?:\s*\(publ\))?$/u, 'company'],
  // Regions: "Region Skåne", "Västra Götalandsregionen", the former county councils (landsting).
  [/^Region\s+\p{Lu}|regionen$|landsting(?:et)?$/iu, 'region'],
  // Academia: universities, university colleges, research centres and institutes.
  [/universitet(?:et)?$|högskola(?:n)?$|^Centrum för .*forskning|forskningscentrum|(?<!\p{L}{2}s)institutet?$/iu, 'academia'],
  // Political bodies: boards (-nämnden), the municipal executive (kommunstyrelsen), councils (fullmäktige).
  [/nämnd(?:en)?$|^kommunstyrelse(?:n)?$|^regionstyrelse(?:n)?$|fullmäktige$|^(?:kommun|region)fullmäktige/iu, 'political-body'],
  // The municipality's administrations (-förvaltningen), offices (-kontoret) and the municipality itself.
  [/förvaltning(?:en)?$|stadskontoret$|kommunledningskontoret$|\s(?:kommun|stad)$|^kommunen$|^staden$/iu, 'municipal-administration'],
  // State agencies: -verket, -myndigheten, -kassan (Försäkringskassan), -inspektionen, -styrelsen
  // (Socialstyrelsen, länsstyrelsen), Arbetsförmedlingen, Polisen, Kriminalvården.
  [/verket$|myndighet(?:en)?$|kassan$|inspektion(?:en)?$|^(?:social|läns)styrelsen$|^kammarkollegiet$|^Arbetsförmedlingen$|^Polis(?:en|myndigheten)?$|^Kriminalvården$|^Kronofogden$/iu, 'state'],
  // Associations: "föreningen X", "X-föreningen", -förbundet, "stiftelsen X", -rörelsen, -kyrkan.
  [/^(?:föreningen|stiftelsen|förbundet)\s|förening(?:en)?$|förbund(?:et)?$|rörelsen$|kyrkan$|församling(?:en)?$/iu, 'association'],
];

/** The category a Swedish organisation name's shape implies, or null. */
export function inferCategory(name: string): OrganisationCategory | null {
  const trimmed = name.trim();
  for (const [pattern, category] of rules) if (pattern.test(trimmed)) return category;
  return null;
}
