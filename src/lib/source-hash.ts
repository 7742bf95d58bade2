import { createHash } from 'node:crypto';

/**
 * The version of a source entry that a translation translates: a short hash over the entry's
 * structured content (its frontmatter minus the fields that are not text to translate) and its
 * body. Computed the same way by the site (Astro) and by the command-line tools, so a French
 * entry can record which Dutch version it translates (`translation.sourceHash`).
 */
export interface HashableEntry {
  data: object;
  body?: string | undefined;
}

/** Frontmatter fields that do not change what there is to translate. */
const NOT_HASHED = new Set(['translation', 'slug', 'formerSlugs']);

/** JSON with object keys sorted at every depth, `undefined` members left out. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
  const members = Object.keys(value)
    .sort()
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${members.join(',')}}`;
}

/** The body as both readers see it: line endings normalised, surrounding blank space removed. */
export function normaliseBody(body: string | undefined): string {
  return (body ?? '').replace(/\r\n?/g, '\n').trim();
}

export const SOURCE_HASH_LENGTH = 12;

/** First 12 hex digits of the SHA-256 of the entry's canonical form. */
export function sourceHash(entry: HashableEntry): string {
  const data = Object.fromEntries(Object.entries(entry.data).filter(([key]) => !NOT_HASHED.has(key)));
  const canonical = canonicalJson({ data, body: normaliseBody(entry.body) });
  return createHash('sha256').update(canonical, 'utf8').digest('hex').slice(0, SOURCE_HASH_LENGTH);
}
