// The registry: curated aliases, nicknames, categories and merges, read from a YAML file.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { normaliseKey, organisationCategories } from '../cypher/model.ts';

const named = z.object({ name: z.string().min(1), aliases: z.array(z.string()).default([]) });

const registrySchema = z.object({
  nicknames: z.record(z.string(), z.string()).default({}),
  organisations: z.array(named.extend({ category: z.enum(organisationCategories).optional() })).default([]),
  persons: z.array(named).default([]),
  groups: z.array(named).default([]),
  projects: z.array(named).default([]),
  notPersons: z.array(z.string()).default([]),
  keepApart: z.array(z.tuple([z.string(), z.string()])).default([]),
  /** People forgotten (`minutes-graph forget`): hashes of their names, never the names themselves. */
  forget: z.array(z.string().regex(/^sha256:[0-9a-f]{64}$/, 'a forgotten name is kept as sha256:<64 hex digits>')).default([]),
});

/** How a forgotten name is written in the registry: the sha256 of its normalised form. */
export function forgetKey(name: string): string {
  return `sha256:${createHash('sha256').update(normaliseKey(name), 'utf8').digest('hex')}`;
}

export type RegistryFile = z.infer<typeof registrySchema>;

export interface Registry {
  readonly file: RegistryFile;
  /** "lasse" → "Lars". */
  readonly nicknames: ReadonlyMap<string, string>;
  /** Normalised alias or name → canonical name, per kind. */
  readonly organisationAliases: ReadonlyMap<string, string>;
  readonly personAliases: ReadonlyMap<string, string>;
  readonly groupAliases: ReadonlyMap<string, string>;
  readonly projectAliases: ReadonlyMap<string, string>;
  readonly categories: ReadonlyMap<string, string>;
  readonly notPersons: ReadonlySet<string>;
  readonly keepApart: ReadonlySet<string>;
  /** Whether a name belongs to a forgotten person. */
  forgets(name: string): boolean;
  /** The names a name must stay apart from (normalised), from `keepApart`. */
  apartFrom(name: string): readonly string[];
}

function aliasMap(entries: readonly { name: string; aliases: string[] }[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const e of entries) for (const n of [e.name, ...e.aliases]) map.set(normaliseKey(n), e.name);
  return map;
}

/** The registry from its fields; fields left out take their defaults (an empty list). */
export function buildRegistry(input: z.input<typeof registrySchema>): Registry {
  const file = registrySchema.parse(input);
  return {
    file,
    nicknames: new Map(Object.entries(file.nicknames).map(([k, v]) => [normaliseKey(k), v])),
    organisationAliases: aliasMap(file.organisations),
    personAliases: aliasMap(file.persons),
    groupAliases: aliasMap(file.groups),
    projectAliases: aliasMap(file.projects),
    categories: new Map(file.organisations.filter((o) => o.category).map((o) => [normaliseKey(o.name), o.category!])),
    notPersons: new Set(file.notPersons.map(normaliseKey)),
    keepApart: new Set(file.keepApart.map(([a, b]) => [normaliseKey(a), normaliseKey(b)].sort().join('|'))),
    forgets: (() => {
      const forgotten = new Set(file.forget);
      return (name: string) => forgotten.size > 0 && forgotten.has(forgetKey(name));
    })(),
    // Asked for every name resolution meets: the pairs are indexed once, by either end.
    apartFrom: (() => {
      const byName = new Map<string, string[]>();
      const push = (k: string, v: string) => (byName.get(k) ?? byName.set(k, []).get(k)!).push(v);
      for (const [a, b] of file.keepApart) {
        const [ka, kb] = [normaliseKey(a), normaliseKey(b)];
        push(ka, kb);
        if (ka !== kb) push(kb, ka);
      }
      const none: readonly string[] = Object.freeze([]);
      if (!byName.size) return () => none;
      let seen = new Map<string, readonly string[]>();
      return (name: string) => {
        let found = seen.get(name);
        if (found === undefined) {
          if (seen.size >= 100_000) seen = new Map();
          seen.set(name, (found = byName.get(normaliseKey(name)) ?? none));
        }
        return found;
      };
    })(),
  };
}

export const emptyRegistry: Registry = buildRegistry(registrySchema.parse({}));

/** Reads and validates the registry; a missing file is an empty registry, a bad one a clear error. */
export async function loadRegistry(filePath: string): Promise<Registry> {
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return emptyRegistry;
    throw new Error(`${filePath}: cannot read the registry (${(error as Error).message})`);
  }
  return parseRegistry(text, filePath);
}

/** The registry in `text`; an error names the file and the field at fault. */
export function parseRegistry(text: string, filePath: string): Registry {
  let data: unknown;
  try {
    data = parseYaml(text) ?? {};
  } catch (error) {
    throw new Error(`${filePath}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = registrySchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new Error(`${filePath}: registry field '${issue.path.join('.')}': ${issue.message}`);
  }
  return buildRegistry(parsed.data);
}
