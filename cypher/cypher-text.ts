// Small, dependency-free readers of Cypher text: enough to split schema.cypher into
// statements and to let tests check a file's `$params`, labels and relationship types.

/** Blanks out comments and string literals so that what remains is only Cypher syntax. */
export function stripCommentsAndStrings(text: string): string {
  return text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\/|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*"/g, (match) =>
    match.startsWith('/') ? ' '.repeat(match.length) : `''`,
  );
}

/** Statements separated by `;`, with comments removed and empty statements dropped. */
export function splitStatements(text: string): string[] {
  const withoutComments = text.replace(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g, ' ');
  return withoutComments
    .split(';')
    .map((statement) => statement.replace(/\s+/g, ' ').trim())
    .filter((statement) => statement.length > 0);
}

/** Every `$name` parameter a query uses, sorted and without duplicates. */
export function parameterNames(text: string): string[] {
  const names = new Set<string>();
  for (const match of stripCommentsAndStrings(text).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)) {
    names.add(match[1]!);
  }
  return [...names].sort();
}

/**
 * Every label or relationship type a query spells: the names after a `:` that start with a
 * capital, including label expressions such as `(n:Organisation|Group)`. Map keys
 * (`{id: row.id}`) never match because their values start in lower case or with `$`.
 */
export function schemaNames(text: string): string[] {
  const names = new Set<string>();
  const pattern = /:\s*([A-Z][A-Za-z0-9_]*(?:\s*\|\s*[A-Z][A-Za-z0-9_]*)*)/g;
  for (const match of stripCommentsAndStrings(text).matchAll(pattern)) {
    for (const name of match[1]!.split('|')) names.add(name.trim());
  }
  return [...names].sort();
}
