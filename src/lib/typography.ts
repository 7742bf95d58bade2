/**
 * Typography of displayed text, per language. Editors type plain text (straight apostrophes and
 * quotes, ordinary spaces, three dots); the site applies these rules where content enters the
 * catalog, in MDX bodies (a rehype step) and in the UI dictionaries, so every page, search entry
 * and export gets the same result. Pure and idempotent: `typeset(typeset(x)) === typeset(x)`.
 *
 * Both languages: one apostrophe (’), … for "...", straight quote pairs turned into the
 * language's quotes, no-break spaces between the groups of a number ("25 000").
 * French: narrow no-break space (U+202F) before ; ! ? and no-break space (U+00A0) before : and
 * inside « ». Dutch: ‘ ’ and “ ” (never « »: that cannot be repaired automatically, see
 * typography-check.ts).
 */
export const NBSP = '\u00a0';
export const NNBSP = '\u202f';

interface Rules {
  /** Quotes for a straight "…" pair and for a straight '…' pair. */
  double: [string, string];
  single: [string, string];
  /** The space between the groups of digits of a number. */
  digitGroup: string;
  /** Spacing before punctuation, inside guillemets (French). */
  french: boolean;
}

const RULES: Record<string, Rules> = {
  nl: { double: ['“', '”'], single: ['‘', '’'], digitGroup: NBSP, french: false },
  fr: { double: [`«${NBSP}`, `${NBSP}»`], single: [`«${NBSP}`, `${NBSP}»`], digitGroup: NNBSP, french: true },
};

/** The languages that have rules. */
export const typographyLanguages: readonly string[] = Object.keys(RULES);

const SPACES = `[ ${NBSP}${NNBSP}]`;
/** Where a quotation can open: start, after a space or an opening bracket, dash or slash. */
const OPENS_AFTER = `(^|[\\s(\\[/–—-])`;
/** Where a quotation can close: end, before a space, punctuation or a closing bracket. */
const CLOSES_BEFORE = `(?=$|[\\s.,;:!?)\\]…/-])`;
const DOUBLE_PAIR = new RegExp(`${OPENS_AFTER}"([^"\\n]*?[^\\s"])"${CLOSES_BEFORE}`, 'gu');
/** 'Beroep', but not the Dutch elisions 's avonds, 't, 'n. */
const SINGLE_PAIR = new RegExp(`${OPENS_AFTER}'(?![stn]${SPACES})([^'\\n]*?[^\\s'])'${CLOSES_BEFORE}`, 'gu');
const DIGIT_GROUP = new RegExp(`(\\d)${SPACES}(?=\\d{3}(?!\\d))`, 'gu');

function frenchSpacing(text: string): string {
  return (
    text
      // « … »: no-break space inside.
      .replace(new RegExp(`«${SPACES}*`, 'gu'), `«${NBSP}`)
      .replace(new RegExp(`${SPACES}*»`, 'gu'), `${NBSP}»`)
      // ; ! ? : a typed space becomes a narrow no-break space; none after a word gets one.
      .replace(new RegExp(`${SPACES}+([;!?])`, 'gu'), `${NNBSP}$1`)
      .replace(/([\p{L}\p{N}»)])([;!?]+)(?=$|[\s)»,.…])/gu, `$1${NNBSP}$2`)
      // : a typed space becomes a no-break space; "Note:" gets one, "14:00" and "https:" do not.
      .replace(new RegExp(`${SPACES}+:`, 'gu'), `${NBSP}:`)
      .replace(/([\p{L}»)]):(?=$|\s)/gu, `$1${NBSP}:`)
      // A percentage: 50 %.
      .replace(new RegExp(`(\\d)${SPACES}?%`, 'gu'), `$1${NNBSP}%`)
  );
}

/** The text with the typography of `lang`; unchanged for a language without rules. */
export function typeset(text: string, lang: string): string {
  const rules = RULES[lang];
  if (!rules || text === '') return text;
  let result = text
    .replace(/\.\.\./g, '…')
    .replace(
      DOUBLE_PAIR,
      (_, before: string, inner: string) => `${before}${rules.double[0]}${inner.trim()}${rules.double[1]}`,
    )
    .replace(
      SINGLE_PAIR,
      (_, before: string, inner: string) => `${before}${rules.single[0]}${inner.trim()}${rules.single[1]}`,
    )
    .replace(/'/g, '’')
    .replace(DIGIT_GROUP, `$1${rules.digitGroup}`);
  if (rules.french) result = frenchSpacing(result);
  return result;
}

/** Object keys whose values are identifiers, not text to display. */
const NOT_TEXT = new Set([
  'id',
  'key',
  'slug',
  'formerSlugs',
  'group',
  'translation',
  'filePath',
  'classes',
  'routes',
  'locale',
]);

/**
 * Every string of a value (object, array, string) typeset in `lang`, identifiers left alone
 * (`key`, `slug`, `translation`, ...). A `{ nl, fr }` object (a text per language, as in the model)
 * has each member typeset in its own language.
 */
export function typesetDeep<T>(value: T, lang: string): T {
  if (typeof value === 'string') return typeset(value, lang) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => typesetDeep(item, lang)) as T;
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value as Record<string, unknown>).map(([key, item]) => {
      if (NOT_TEXT.has(key)) return [key, item];
      return [key, typesetDeep(item, RULES[key] && typeof item === 'string' ? key : lang)];
    });
    return Object.fromEntries(entries) as T;
  }
  return value;
}
