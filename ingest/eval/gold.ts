// Gold annotations (shared/eval/seeds-gold format): one JSON file per document, matched to an
// input by its `document` field (a basename), and an optional corpus.json about all of them.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { dateCertainties, entityTypes } from '../../cypher/model.ts';

const name = z.string().trim().min(1);
const isoDate = z.iso.date();

const goldEntitySchema = z.strictObject({
  type: z.enum(entityTypes),
  name,
  aliases: z.array(name).default([]),
  /** Other types that are also right for this entity ("Lss-grupp" may be a project or a group). */
  alsoTypes: z.array(z.enum(entityTypes)).default([]),
});

// Every field that is scored must be written out; `null` says "none" (no organisation, no
// minute taker, no date). A missing `absent`, `memberships` or `projectRoles` list says "not
// annotated": the document is left out of that score instead of counting everything as wrong.
const goldDocumentSchema = z.strictObject({
  document: name,
  meeting: z
    .strictObject({
      group: name.nullable(),
      date: isoDate.nullable(),
      dateCertainty: z.enum(dateCertainties).optional(),
      /** For an undated meeting: the first and last day it can have been held. */
      dateWindow: z.tuple([isoDate, isoDate]).optional(),
    })
    .superRefine((m, ctx) => {
      if (m.dateWindow && m.date !== null) ctx.addIssue({ code: 'custom', path: ['dateWindow'], message: 'only an undated meeting (date: null) has a dateWindow' });
      if (m.dateWindow && m.dateWindow[0] > m.dateWindow[1]) ctx.addIssue({ code: 'custom', path: ['dateWindow'], message: 'the window ends before it starts' });
    }),
  minuteTaker: name.nullable(),
  attendees: z.array(z.strictObject({ name, organisation: name.nullable(), role: z.string().nullable().optional() })),
  absent: z.array(name).optional(),
  entities: z.array(goldEntitySchema),
  /** Entities that are neither required nor wrong. */
  optional: z.array(goldEntitySchema).default([]),
  memberships: z.array(z.strictObject({ person: name, organisation: name, role: z.string().nullable().optional(), optional: z.boolean().default(false) })).optional(),
  projectRoles: z.array(z.strictObject({ person: name, project: name, role: z.string().nullable().optional(), optional: z.boolean().default(false) })).optional(),
  notes: z.string().optional(),
});

const namePair = z.tuple([name, name]);
const goldCorpusSchema = z.strictObject({
  description: z.string().optional(),
  distinctPersons: z.number().int().nonnegative().optional(),
  samePerson: z.array(namePair).default([]),
  differentPersons: z.array(namePair).default([]),
  sameOrganisation: z.array(namePair).default([]),
  sameGroup: z.array(namePair).default([]),
  sameProject: z.array(namePair).default([]),
  meetingsPerGroup: z.record(z.string(), z.number().int().nonnegative()).default({}),
  attendanceCounts: z.record(z.string(), z.number().int().nonnegative()).default({}),
});

export type GoldEntity = z.infer<typeof goldEntitySchema>;
export type GoldDocument = z.infer<typeof goldDocumentSchema> & { readonly file: string };
export type GoldCorpus = z.infer<typeof goldCorpusSchema>;

export interface GoldSet {
  readonly dir: string;
  readonly documents: readonly GoldDocument[];
  readonly corpus: GoldCorpus | null;
}

/** A gold file or folder that cannot be used; the message names the file and the field. */
export class GoldError extends Error {
  override name = 'GoldError';
}

export const corpusFileName = 'corpus.json';

function parseWith<T>(schema: z.ZodType<T>, json: unknown, file: string): T {
  const parsed = schema.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const at = issue.path.map(String).join('.');
  const field = issue.code === 'unrecognized_keys' ? [at, issue.keys[0]].filter(Boolean).join('.') : at || '(top level)';
  throw new GoldError(`${file}: field '${field}': ${issue.message}`);
}

/** Validates one per-document gold file's JSON; `file` is only used in messages. */
export function parseGoldDocument(json: unknown, file: string): GoldDocument {
  return { ...parseWith(goldDocumentSchema, json, file), file };
}

export function parseGoldCorpus(json: unknown, file: string): GoldCorpus {
  return parseWith(goldCorpusSchema, json, file);
}

async function readJson(file: string): Promise<unknown> {
  const text = await readFile(file, 'utf8');
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new GoldError(`${file}: not valid JSON (${(error as Error).message})`);
  }
}

/** Reads every *.json in `dir`: corpus.json (optional) and one file per annotated document. */
export async function loadGold(dir: string): Promise<GoldSet> {
  let entries: string[];
  try {
    entries = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.json')).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new GoldError(code === 'ENOENT' ? `${dir}: no such gold folder` : `${dir}: cannot read the gold folder (${code ?? String(error)})`);
  }
  const documents: GoldDocument[] = [];
  let corpus: GoldCorpus | null = null;
  const byDocument = new Map<string, string>();
  for (const entry of entries) {
    const file = path.join(dir, entry);
    const json = await readJson(file);
    if (entry === corpusFileName) {
      corpus = parseGoldCorpus(json, file);
      continue;
    }
    const doc = parseGoldDocument(json, file);
    const key = goldKey(doc.document);
    const other = byDocument.get(key);
    if (other) throw new GoldError(`${file}: field 'document': '${doc.document}' is already annotated in ${other}`);
    byDocument.set(key, file);
    documents.push(doc);
  }
  if (documents.length === 0) throw new GoldError(`${dir}: no per-document gold files (*.json besides ${corpusFileName})`);
  return { dir, documents, corpus };
}

/** Gold is matched to inputs by basename: "seeds/000_x.txt" and "000_x.txt" are one document. */
export function goldKey(source: string): string {
  return path.basename(source.replace(/\\/g, '/')).normalize('NFC');
}
