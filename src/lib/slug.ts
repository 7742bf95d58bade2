/**
 * A URL slug from a name, in any language: accents stripped (`é` -> `e`), lowercase, every run
 * of other characters (spaces, apostrophes, punctuation) one hyphen.
 * `S'autodévelopper` -> `s-autodevelopper`, `Informatie begrijpen` -> `informatie-begrijpen`.
 */
export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[øØ]/g, 'o')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
