import type { Dictionary } from '../i18n/types';
import { competencyPath, withBase } from './paths';
import { typeset } from './typography';

/**
 * Former addresses of competency pages (frontmatter `formerSlugs`): each keeps working, as a small
 * page at the old path that sends the reader to the new one (meta refresh, a link, a canonical
 * link; not indexed, not in the sitemap or the search), and as a line of `_redirects` for hosts
 * that read it (Netlify format: `/old/ /new/ 301`, paths without the deployment base).
 */
export interface FormerSlugEntry {
  id: string;
  data: { slug: string; name: string; formerSlugs?: string[] | undefined };
}

export interface Redirect {
  locale: string;
  /** Old and new site paths, without the deployment base. */
  from: string;
  to: string;
  /** The name of the page it leads to. */
  name: string;
}

export function formerSlugRedirects(
  entries: readonly FormerSlugEntry[],
  dictionaries: readonly Dictionary[],
): Redirect[] {
  const redirects: Redirect[] = [];
  for (const entry of entries) {
    const locale = entry.id.split('/')[0] ?? '';
    const dictionary = dictionaries.find((d) => d.locale.code === locale);
    if (!dictionary) continue;
    const ctx = { locale, routes: dictionary.routes };
    for (const slug of entry.data.formerSlugs ?? []) {
      if (slug === entry.data.slug) continue;
      redirects.push({
        locale,
        from: competencyPath(ctx, slug),
        to: competencyPath(ctx, entry.data.slug),
        name: entry.data.name,
      });
    }
  }
  return redirects;
}

/** The lines of `_redirects` for these redirects. */
export function redirectLines(redirects: readonly Redirect[]): string {
  return redirects.map((r) => `${r.from} ${r.to} 301\n`).join('');
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The page left at a former address, in the language of the page. `site` is the public origin
 * (for the canonical link), `base` the deployment base. Marked `data-redirect-page` so tools that
 * list the site's pages can leave it out.
 */
export function redirectPage(redirect: Redirect, dictionary: Dictionary, site: string, base: string): string {
  const { locale, provenance } = dictionary;
  const lang = locale.code;
  const target = withBase(redirect.to, base);
  const canonical = new URL(target, site).href;
  const name = escapeHtml(typeset(redirect.name, lang));
  const title = escapeHtml(typeset(provenance.movedTitle, lang));
  return `<!doctype html>
<html lang="${escapeHtml(locale.htmlLang)}" data-redirect-page>
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} – ${name}</title>
<meta name="robots" content="noindex">
<link rel="canonical" href="${escapeHtml(canonical)}">
<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}">
</head>
<body>
<main>
<h1>${title}</h1>
<p>${escapeHtml(typeset(provenance.movedText, lang))} <a href="${escapeHtml(target)}">${name}</a></p>
</main>
</body>
</html>
`;
}
