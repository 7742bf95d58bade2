/**
 * Splits a text into words and what lies between them, for the word diff. A word is a run of
 * letters and digits, hyphenated parts included (`zelfstandig-werkend`); slashes, apostrophes and
 * punctuation separate words (`klant/burger` is two words). Words compare case-insensitively.
 */
export interface Segment {
  text: string;
  /** The comparison key of a word (lower case), `null` for the text between words. */
  key: string | null;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

export function segment(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start), key: null });
    segments.push({ text: match[0], key: match[0].toLocaleLowerCase() });
    last = start + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), key: null });
  return segments;
}

/** The comparison keys of the words of a text, in order. */
export function wordKeys(text: string): string[] {
  return segment(text).flatMap((s) => (s.key === null ? [] : [s.key]));
}
