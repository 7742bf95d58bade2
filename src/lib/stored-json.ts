/**
 * The first step of reading a value kept in localStorage as JSON: nothing stored, text that is not
 * JSON, or the parsed value (still unchecked: the caller validates its shape and version).
 */
export type StoredJson =
  { kind: 'none' } | { kind: 'corrupt'; raw: string } | { kind: 'json'; raw: string; value: unknown };

/** `null` or empty is `none`; text `JSON.parse` refuses is `corrupt`, carrying the text so it can be kept. */
export function parseStoredJson(raw: string | null): StoredJson {
  if (raw === null || raw === '') return { kind: 'none' };
  try {
    return { kind: 'json', raw, value: JSON.parse(raw) as unknown };
  } catch {
    return { kind: 'corrupt', raw };
  }
}
