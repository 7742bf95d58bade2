/**
 * Characters that XML 1.0 does not allow (a .docx is XML; so is what Word reads from the
 * clipboard): C0 controls other than tab, line feed and carriage return, U+FFFE and U+FFFF, and
 * unpaired surrogates. Every export passes its text through `xmlSafe`, which removes them.
 */
/* eslint-disable no-control-regex -- matching control characters is this pattern's job */
const INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

export function xmlSafe(text: string): string {
  return text.replace(INVALID, '');
}
