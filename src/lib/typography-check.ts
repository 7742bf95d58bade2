import { proseLines, stringsOf, type TextFinding } from './text-checks';

/**
 * What the typography (src/lib/typography.ts) cannot repair by itself, for `npm run check` and the
 * build: French guillemets « » in Dutch text (Dutch quotes are ‘ ’ and “ ”), a straight double quote
 * without its pair, guillemets that do not pair up in French.
 */
const FIX_DUTCH_QUOTES = 'Write the quotation with Dutch quotes: \'...\' or "..." (shown as ‘...’ and “...”).';

export function checkTypography(text: string, field: string, lang: string): TextFinding[] {
  const findings: TextFinding[] = [];
  if (lang === 'nl' && /[«»]/.test(text)) {
    findings.push({
      field,
      message: `uses French quotation marks « » in Dutch text: "${text.trim().slice(0, 60)}".`,
      fix: FIX_DUTCH_QUOTES,
    });
  }
  if ((text.match(/"/g) ?? []).length % 2 === 1) {
    findings.push({
      field,
      message: 'has a straight double quote (") without its closing pair.',
      fix: 'Close the quotation, or remove the stray quote.',
    });
  }
  if (lang === 'fr' && (text.match(/«/g) ?? []).length !== (text.match(/»/g) ?? []).length) {
    findings.push({
      field,
      message: 'has an opening « without its closing » (or the reverse).',
      fix: 'Write the quotation as « ... ».',
    });
  }
  return findings;
}

/** The typography problems of an entry of language `lang`: its frontmatter texts and its body. */
export function findTypographyProblems(
  lang: string,
  data: object,
  body: string | undefined,
  bodyLine: number | undefined,
): TextFinding[] {
  const findings = stringsOf(data).flatMap(({ field, text }) => checkTypography(text, field, lang));
  for (const { line, text } of proseLines(body ?? '', bodyLine ?? 1)) {
    findings.push(...checkTypography(text, bodyLine === undefined ? 'body' : `body, line ${line}`, lang));
  }
  return findings;
}
