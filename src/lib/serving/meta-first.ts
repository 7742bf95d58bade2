/**
 * Moves the Content-Security-Policy `<meta>` of an HTML document to the start of its `<head>`,
 * right after `<meta charset>` (which must stay first): a policy in a `<meta>` applies only to
 * what follows it. Returns the document unchanged when it has no such meta or it is already there.
 */
const CSP_META = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i;
const HEAD_START = /<head(\s[^>]*)?>(\s*<meta\s+charset="[^"]*"\s*\/?>)?/i;

export function placeMetaPolicyFirst(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  const head = HEAD_START.exec(html);
  if (!meta || !head) return html;
  const insertAt = head.index + head[0].length;
  if (html.slice(insertAt).trimStart().startsWith(meta)) return html;
  const without = html.replace(meta, '');
  return `${without.slice(0, insertAt)}${meta}${without.slice(insertAt)}`;
}
