// What the console refuses before Neo4j sees a query: more than one statement, LOAD CSV,
// CALL … IN TRANSACTIONS, USE, EXPLAIN/PROFILE and the administration commands that plan as
// reads (SHOW …, TERMINATE …). Whether a query writes is Neo4j's call (EXPLAIN's query
// type, see run-console.ts); `describeWrite` only names the culprit in the message.

/** Why a query is refused: a stable code and a sentence a researcher can act on. */
export interface Refusal {
  readonly code: 'empty' | 'multiple_statements' | 'load_csv' | 'in_transactions' | 'use_clause' | 'explain' | 'admin_command';
  readonly message: string;
}

export interface CheckedQuery {
  /** The query as it will run: a single trailing semicolon removed. */
  readonly text: string;
  /** The same text with comments, strings and `quoted names` blanked (same length): what the checks read. */
  readonly code: string;
}

/** Blanks comments, string literals and backtick-quoted names, keeping every offset. */
export function blankLiterals(query: string): string {
  const out = query.split('');
  let i = 0;
  const blank = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  while (i < query.length) {
    const c = query[i]!;
    const next = query[i + 1];
    if (c === '/' && next === '/') {
      const end = query.indexOf('\n', i);
      const stop = end < 0 ? query.length : end;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && next === '*') {
      const end = query.indexOf('*/', i + 2);
      const stop = end < 0 ? query.length : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === "'" || c === '"' || c === '`') {
      let k = i + 1;
      while (k < query.length && query[k] !== c) k += c !== '`' && query[k] === '\\' ? 2 : 1;
      // The quotes stay, so `'a';'b'` still reads as two statements of strings.
      blank(i + 1, Math.min(k, query.length));
      i = k + 1;
    } else i += 1;
  }
  return out.join('');
}

const adminCommands = /^\s*(SHOW|TERMINATE|GRANT|DENY|REVOKE|ALTER|START|STOP|ENABLE|DEALLOCATE|REALLOCATE|DRYRUN|RENAME)\b/i;

export function checkQuery(query: string): CheckedQuery | Refusal {
  let code = blankLiterals(query);
  let text = query;
  const lastSemicolon = code.trimEnd().endsWith(';') ? code.lastIndexOf(';') : -1;
  if (lastSemicolon >= 0) {
    code = code.slice(0, lastSemicolon);
    text = text.slice(0, lastSemicolon);
  }
  if (!code.trim()) return { code: 'empty', message: 'write a Cypher query; the examples show the labels and relationships of the graph' };
  if (code.includes(';')) {
    return { code: 'multiple_statements', message: "one statement at a time: the console runs a single query, and this one has a ';' in the middle" };
  }
  if (/^\s*(EXPLAIN|PROFILE)\b/i.test(code)) {
    return { code: 'explain', message: 'EXPLAIN and PROFILE are not offered here: write the query itself' };
  }
  const admin = adminCommands.exec(code);
  if (admin) {
    return { code: 'admin_command', message: `${admin[1]!.toUpperCase()} … is an administration command; the console is for questions about the graph (MATCH … RETURN)` };
  }
  if (/\bLOAD\s+CSV\b/i.test(code)) {
    return { code: 'load_csv', message: 'LOAD CSV is not allowed in the console: it reads files and URLs outside the graph' };
  }
  if (/\bIN\s+(?:\S+\s+)?(?:CONCURRENT\s+)?TRANSACTIONS\b/i.test(code)) {
    return { code: 'in_transactions', message: 'CALL … IN TRANSACTIONS is not allowed: the console runs one read transaction' };
  }
  if (/(?:^|[\s}(])USE\s+[\w`]/i.test(code)) {
    return { code: 'use_clause', message: "USE is not allowed: the console asks the explorer's own database only" };
  }
  return { text, code };
}

export const isRefusal = (checked: CheckedQuery | Refusal): checked is Refusal => 'message' in checked;

const writeClause = /\b(CREATE|MERGE|SET|REMOVE|DETACH\s+DELETE|DELETE|FOREACH)\b/i;
const procedureCall = /\bCALL\s+([A-Za-z_][\w.]*)/i;

/** Names what makes a query write ('CREATE', 'the procedure db.createLabel'), for the message. */
export function describeWrite(code: string, queryType: string): string {
  const schema = queryType === 's';
  const procedure = procedureCall.exec(code)?.[1];
  if (schema) {
    const words = /^\s*(\w+(?:\s+\w+)?)/.exec(code)?.[1]?.replace(/\s+/g, ' ').toUpperCase();
    if (procedure) return `the procedure ${procedure} administers the database`;
    return `${words ?? 'this command'} changes the schema or administers the database`;
  }
  const clause = writeClause.exec(code)?.[1];
  if (clause) return `${clause.replace(/\s+/g, ' ').toUpperCase()} writes to the graph`;
  if (procedure) return `the procedure ${procedure} writes to the graph`;
  return 'this query writes to the graph';
}
