/**
 * JSON to embed in a `<script type="application/json">` (or `ld+json`) element: `<` escaped, so no
 * text in the data can close the element early.
 */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
