import type { Piece } from './word-diff';
import { segment } from './words';

/**
 * The new key words and phrases of a level: the runs of words that the word diff marks as added,
 * trimmed of the small words around them (articles, prepositions, pronouns: the language's
 * `stopWords`), without runs made only of small words or only of words the level before already
 * uses elsewhere (`known`: the diff aligns sequences, so a word that moved looks new), without a
 * lone short word, each once, in the order of the text.
 * A phrase that starts a sentence starts in lower case (it is quoted out of its sentence).
 */
export function keyPhrases(
  pieces: readonly (readonly Piece[])[],
  stopWords: ReadonlySet<string>,
  known: ReadonlySet<string> = new Set(),
): string[] {
  const phrases: string[] = [];
  const seen = new Set<string>();
  for (const indicator of pieces) {
    for (const piece of indicator) {
      if (piece.mark !== 'added') continue;
      const phrase = trimPhrase(piece.text, stopWords, known);
      if (phrase === null || seen.has(phrase.toLocaleLowerCase())) continue;
      seen.add(phrase.toLocaleLowerCase());
      phrases.push(phrase);
    }
  }
  return phrases;
}

const MIN_LONE_WORD = 6;

/** A word that carries meaning on its own: not a small word, at least three letters. */
const isKeyWord = (key: string, stopWords: ReadonlySet<string>) => key.length >= 3 && !stopWords.has(key);

function trimPhrase(text: string, stopWords: ReadonlySet<string>, known: ReadonlySet<string>): string | null {
  const segments = segment(text);
  const keyAt = segments.flatMap((s, index) => (s.key !== null && isKeyWord(s.key, stopWords) ? [index] : []));
  const first = keyAt[0];
  const last = keyAt[keyAt.length - 1];
  if (first === undefined || last === undefined) return null;
  if (keyAt.every((index) => known.has(segments[index]!.key!))) return null;
  // A lone short word ("zet", "neemt") is a remnant of a reworded sentence, not a key word.
  if (first === last && segments[first]!.text.length < MIN_LONE_WORD) return null;
  let phrase = segments
    .slice(first, last + 1)
    .map((s) => s.text)
    .join('');
  // A parenthesis opened in the phrase and closed after it.
  const open = (phrase.match(/\(/g) ?? []).length - (phrase.match(/\)/g) ?? []).length;
  if (open > 0) phrase += ')'.repeat(open);
  const acronym = /^\p{Lu}{2}/u.test(segments[first]!.text);
  return acronym ? phrase : phrase.charAt(0).toLocaleLowerCase() + phrase.slice(1);
}

/** The small words of a language, from its dictionary (one string, words separated by spaces). */
export const stopWordSet = (words: string): Set<string> =>
  new Set(
    words
      .split(/\s+/)
      .filter(Boolean)
      .map((w) => w.toLocaleLowerCase()),
  );
