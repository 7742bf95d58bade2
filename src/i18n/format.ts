/**
 * Filling UI strings, without any dictionary: islands import this module and receive only their
 * own language's strings as props, so no island bundles every language.
 */
declare const placeholdersOf: unique symbol;

/** A UI string whose `{name}` placeholders are part of its type (taken from the Dutch dictionary). */
export type Template<P extends string = string> = string & { readonly [placeholdersOf]?: P };

/** The `{name}` placeholders of a string literal type. */
export type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | Placeholders<Rest>
  : never;

/** Plural forms of a counted string, by `Intl.PluralRules` category; `other` is required. */
export type PluralForms<P extends string = string> = { readonly other: Template<P> } & {
  readonly [category in Exclude<Intl.LDMLPluralRule, 'other'>]?: Template<P>;
};

const PLACEHOLDER = /\{(\w+)\}/g;

/** Fills the `{name}` placeholders of a UI string; every placeholder of the string must be given. */
export function format<P extends string>(template: Template<P>, values: Readonly<Record<P, string | number>>): string {
  const byName = values as Readonly<Record<string, string | number>>;
  return template.replace(PLACEHOLDER, (match, name: string) => (name in byName ? String(byName[name]) : match));
}

/** The names of the `{name}` placeholders in a string, in order of appearance, each once. */
export function placeholderNames(template: string): string[] {
  return [...new Set(Array.from(template.matchAll(PLACEHOLDER), (match) => match[1]!))];
}

/**
 * Chooses the plural form for `count` by the language's rules (`Intl.PluralRules`) and fills it;
 * `{count}` in the chosen form is the number.
 */
export function plural<P extends string>(
  locale: string,
  count: number,
  forms: PluralForms<P>,
  values?: Readonly<Record<Exclude<P, 'count'>, string | number>>,
): string {
  const category = new Intl.PluralRules(locale).select(count);
  const template = forms[category] ?? forms.other;
  return format(template as Template<string>, { ...values, count });
}
