import { createHash } from 'node:crypto';

/**
 * Narrows a page's Content-Security-Policy `<meta>` to the hashes of the inline scripts and styles
 * that page has. Astro lists the hashes of every inline script and style of the whole site (its
 * island runtime, each hydration directive, every page's inline styles) in every page's policy;
 * a page needs only its own. Each hash it does not need is some 50 bytes that do not compress,
 * and a hash it lacks would have its element blocked, so only hashes that match nothing go.
 */
const CSP_META = /<meta\s[^>]*http-equiv="content-security-policy"[^>]*>/i;
/** Inline `<script>` (without `src`) and `<style>` elements, with their exact text. */
const INLINE = /<(script|style)(\s[^>]*)?>([\s\S]*?)<\/\1>/gi;
const HASH_SOURCE = /\s*(?:'|&#39;)sha256-([A-Za-z0-9+/]+=*)(?:'|&#39;)/g;

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');

/** The sha256 hashes (base64) of the page's inline scripts and styles. */
export function inlineHashes(html: string): Set<string> {
  const hashes = new Set<string>();
  for (const [, , attributes = '', text = ''] of html.matchAll(INLINE)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    hashes.add(sha256(text));
  }
  return hashes;
}

export function keepUsedHashes(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  if (!meta) return html;
  const used = inlineHashes(html);
  const narrowed = meta.replace(HASH_SOURCE, (source, hash: string) => (used.has(hash) ? source : ''));
  return narrowed === meta ? html : html.replace(meta, narrowed);
}
