/**
 * Checks on the wording itself, for every text of an entry (frontmatter strings and MDX body):
 * empty texts, placeholders left in (`TODO`), and what copying from the source PDFs leaves behind
 * (words split across a line, double spaces, sentences run together, invisible characters).
 */
export interface TextFinding {
  field: string;
  message: string;
  fix: string;
}

/** Words that follow a hyphen and a space legitimately: 'kennis- en vaardigheden', 'court- et long terme'. */
const CONJUNCTIONS = ['en', 'of', 'noch', 'tot', 'et', 'ou', 'and', 'or'];
const SPLIT_WORD = new RegExp(`(\\p{L}+)- (?!(?:${CONJUNCTIONS.join('|')})\\b)(\\p{Ll}+)`, 'u');
const PLACEHOLDER = /\b(TODO|FIXME|TBD|XXX)\b|lorem ipsum/i;
const ONLY_PLACEHOLDER = /^\s*(\.\.\.|…|\?+|-+|_+)\s*$/;
const RUN_TOGETHER = /(\p{Ll}{2,}[.;:])(\p{Lu}\p{Ll}+)/u;
const INVISIBLE: Record<string, string> = {
  '\u00ad': 'a soft hyphen (U+00AD)',
  '\ufffd': 'a replacement character (U+FFFD) where a character was lost',
  '\ufb00': 'the ligature "ff" (U+FB00)',
  '\ufb01': 'the ligature "fi" (U+FB01)',
  '\ufb02': 'the ligature "fl" (U+FB02)',
  '\ufb03': 'the ligature "ffi" (U+FB03)',
  '\ufb04': 'the ligature "ffl" (U+FB04)',
};

/**
 * Characters that no text of the site may hold, in any language: they are invisible, reorder
 * what a reader sees (bidirectional controls can make a text read differently from what it
 * says), or are not characters at all. Named so that the message says what was found.
 */
const FORBIDDEN_CHARACTERS: { pattern: RegExp; name: (c: string) => string }[] = [
  {
    pattern: /[\u202a-\u202e\u2066-\u2069]/u,
    name: (c) =>
      `a bidirectional control character (${codePoint(c)}), which can make the text read differently from what it says`,
  },
  { pattern: /[\u200b-\u200d\u2060\ufeff]/u, name: (c) => `a zero-width character (${codePoint(c)})` },
  { pattern: /[\ufdd0-\ufdef\ufffe\uffff]/u, name: (c) => `a noncharacter (${codePoint(c)})` },
  // eslint-disable-next-line no-control-regex
  { pattern: /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u, name: (c) => `a control character (${codePoint(c)})` },
  { pattern: /[\u0080-\u009f]/u, name: (c) => `a C1 control character (${codePoint(c)})` },
];

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The forbidden characters of one text (./checks/characters.ts). */
export function characterFindings(text: string, field: string): TextFinding[] {
  const findings: TextFinding[] = [];
  for (const { pattern, name } of FORBIDDEN_CHARACTERS) {
    const found = pattern.exec(text);
    if (found) {
      const column = found.index + 1;
      findings.push({
        field,
        message: `holds ${name(found[0])} at character ${column}.`,
        fix: 'Delete it: retype the word around it (the character is invisible in most editors; search for it by its code).',
      });
    }
  }
  return findings;
}

const quote = (text: string) => `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;

/** The problems of one text; `prose` is true for body lines (Markdown), false for a frontmatter value. */
export function checkText(text: string, field: string, prose = false): TextFinding[] {
  const findings: TextFinding[] = [];
  const add = (message: string, fix: string) => findings.push({ field, message, fix });

  if (!prose && text.trim() === '') {
    add('is empty.', 'Write the text, or remove the entry if it is optional.');
    return findings;
  }
  const placeholder = PLACEHOLDER.exec(text);
  if (placeholder)
    add(
      `still holds the placeholder "${placeholder[0]}": ${quote(text.trim())}.`,
      'Replace the placeholder with the real text.',
    );
  else if (!prose && ONLY_PLACEHOLDER.test(text))
    add(`is only a placeholder (${quote(text.trim())}).`, 'Write the real text.');

  const split = SPLIT_WORD.exec(text);
  if (split)
    add(
      `has a word split across a line: "${split[0]}".`,
      `Join the parts ("${split[1]}${split[2]}"), or write the hyphen without the space if it belongs to the word.`,
    );
  const double = (prose ? /(?<=\S) {2,}(?=\S)/ : /(?<=\S) {2,}(?=\S)| {2,}/).exec(text);
  if (double) {
    const before = text.slice(0, double.index).split(' ').slice(-2).join(' ');
    const after = text
      .slice(double.index + double[0].length)
      .split(' ')
      .slice(0, 2)
      .join(' ');
    add(`has two or more spaces in a row: "${before}${double[0]}${after}".`, 'Use a single space between words.');
  }
  if (!prose && text !== text.trim())
    add('starts or ends with a space or a blank line.', 'Remove the spaces before the first and after the last word.');
  const runTogether = RUN_TOGETHER.exec(text);
  if (runTogether)
    add(
      `has no space after a punctuation mark: "${runTogether[0]}".`,
      `Write a space after it ("${runTogether[1]} ${runTogether[2]}").`,
    );
  for (const [character, name] of Object.entries(INVISIBLE)) {
    if (text.includes(character))
      add(`holds ${name}, left over from copying the source.`, 'Retype the word around it with ordinary letters.');
  }
  return findings;
}

/** Every string in a frontmatter value, with its field path (`dimensions[0].indicators.D[1]`). */
export function stringsOf(value: unknown, path = ''): { field: string; text: string }[] {
  if (typeof value === 'string') return [{ field: path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, path ? `${path}.${key}` : key));
  }
  return [];
}

/**
 * The prose lines of an MDX body with their line numbers (1-based, counted from `firstLine`):
 * code blocks, MDX comments and link targets left out.
 */
export function proseLines(body: string, firstLine = 1): { line: number; text: string }[] {
  const lines = body
    .replace(/\r\n?/g, '\n')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, (comment) => comment.replace(/[^\n]/g, ' '))
    .split('\n');
  const result: { line: number; text: string }[] = [];
  let inCode = false;
  lines.forEach((raw, index) => {
    if (/^\s*(```|~~~)/.test(raw)) {
      inCode = !inCode;
      return;
    }
    if (inCode) return;
    const text = raw
      .replace(/\]\([^)]*\)/g, ']')
      // A component tag counts as a space only where it has none beside it ('woord<Sic /> volgende').
      .replace(/(\s*)<[^>]+>(\s*)/g, (_, before: string, after: string) => (before || after ? ' ' : ''))
      .replace(/https?:\/\/\S+/g, '')
      .replace(/\s+$/, '');
    if (text.trim() !== '')
      result.push({ line: firstLine + index, text: text.replace(/^\s*(?:[-*+]|\d+\.|>|#+)?\s*/, '') });
  });
  return result;
}

export function findTextProblems(data: object, body: string | undefined, bodyLine: number | undefined): TextFinding[] {
  const findings = stringsOf(data).flatMap(({ field, text }) => checkText(text, field));
  for (const { line, text } of proseLines(body ?? '', bodyLine ?? 1)) {
    const field = bodyLine === undefined ? 'body' : `body, line ${line}`;
    findings.push(...checkText(text, field, true));
  }
  return findings;
}
