// The document view's strings, Swedish and English.
export const sv: Record<string, string> = {
  'document.path': 'Fil:',
  'document.date': 'Datum:',
  'document.undated': 'odaterat',
  'document.openMeeting': 'Öppna mötets profil',
  'document.cited': 'Markerat citat: tecken {start}–{end}.',
  'document.citedLabel': 'Citerad text',
  'document.citedOutside': 'Den markerade platsen ligger utanför dokumentets text.',
  'document.goToCited': 'Gå till citatet',
  'document.clearCited': 'Ta bort markeringen',
  'document.legend': 'Färger för typer av omnämnanden',
  'document.mention': '{text} ({type}: {name})',
  'document.none': 'Inget dokument valt. Öppna en källa från en profil för att läsa protokollet.',
  'document.loading': 'Hämtar dokumentet …',
  'document.error': 'Dokumentet kunde inte hämtas: {message}',
};

export const en: Record<string, string> = {
  'document.path': 'File:',
  'document.date': 'Date:',
  'document.undated': 'undated',
  'document.openMeeting': "Open the meeting's profile",
  'document.cited': 'Cited passage: characters {start}–{end}.',
  'document.citedLabel': 'Cited text',
  'document.citedOutside': "The marked place lies outside the document's text.",
  'document.goToCited': 'Go to the quote',
  'document.clearCited': 'Remove the marking',
  'document.legend': 'Colours for kinds of mentions',
  'document.mention': '{text} ({type}: {name})',
  'document.none': 'No document chosen. Open a source from a profile to read the minutes.',
  'document.loading': 'Loading the document …',
  'document.error': 'The document could not be loaded: {message}',
};
