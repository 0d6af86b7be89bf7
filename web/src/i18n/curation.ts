// Strings of merge and split in the profile panel, Swedish (default) and English.
export const sv: Record<string, string> = {
  'curate.summary': 'Rätta',
  'curate.intro': 'Rättelser skrivs i registret och gäller även efter ny inläsning. En sammanslagning kan ångras med Dela.',
  'curate.mergeLabel': 'Samma som …',
  'curate.mergePlaceholder': 'Sök den som är samma',
  'curate.mergeConfirm': 'Slå ihop {other} med {name}',
  'curate.splitHeading': 'Inte samma',
  'curate.split': 'Dela av {alias}',
  'curate.working': 'Sparar och läser om grafen …',
  'curate.done': 'Klart: {changes}',
  'curate.unchanged': 'Registret sa redan så; inget ändrades.',
  'curate.failed': 'Rättelsen misslyckades:',
};

export const en: Record<string, string> = {
  'curate.summary': 'Correct',
  'curate.intro': 'Corrections are written into the registry and survive a re-ingest. A merge can be undone with Split.',
  'curate.mergeLabel': 'Same as …',
  'curate.mergePlaceholder': 'Search for the same one',
  'curate.mergeConfirm': 'Merge {other} into {name}',
  'curate.splitHeading': 'Not the same',
  'curate.split': 'Split off {alias}',
  'curate.working': 'Saving and resolving the graph again …',
  'curate.done': 'Done: {changes}',
  'curate.unchanged': 'The registry already said so; nothing changed.',
  'curate.failed': 'The correction failed:',
};
