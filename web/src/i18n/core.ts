// The shell's, network's and profiles' strings, Swedish and English.
export const sv: Record<string, string> = {
  'app.title': 'Protokollgrafen',
  'date.unknown': 'okänt datum',
  'search.label': 'Sök personer, organisationer, projekt …',
  'search.placeholder': 'Sök …',
  'search.count': '{n} förslag',
  'error.search': 'Sökningen misslyckades',
  'type.person': 'Person',
  'type.organisation': 'Organisation',
  'type.group': 'Grupp',
  'type.project': 'Projekt',
  'type.event': 'Händelse',
  'type.place': 'Plats',
  'type.meeting': 'Möte',
};

export const en: Record<string, string> = {
  'app.title': 'Minutes graph',
  'date.unknown': 'unknown date',
  'search.label': 'Search people, organisations, projects …',
  'search.placeholder': 'Search …',
  'search.count': '{n} suggestions',
  'error.search': 'The search failed',
  'type.person': 'Person',
  'type.organisation': 'Organisation',
  'type.group': 'Group',
  'type.project': 'Project',
  'type.event': 'Event',
  'type.place': 'Place',
  'type.meeting': 'Meeting',
};
