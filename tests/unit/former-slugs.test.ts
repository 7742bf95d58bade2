import { describe, expect, it } from 'vitest';
import { dictionaries, getDictionary } from '../../src/i18n';
import { formerSlugRedirects, redirectLines, redirectPage } from '../../src/lib/former-slugs';

const entries = [
  {
    id: 'fr/s-autodevelopper',
    data: { slug: 's-autodevelopper', name: "S'autodévelopper", formerSlugs: ['s-auto-developper'] },
  },
  { id: 'nl/zichzelf-ontwikkelen', data: { slug: 'zichzelf-ontwikkelen', name: 'Zichzelf ontwikkelen' } },
];

describe('former slugs', () => {
  const redirects = formerSlugRedirects(entries, dictionaries);

  it('gives each former slug a redirect from its old path to the current one, in its language', () => {
    expect(redirects).toEqual([
      {
        locale: 'fr',
        from: '/fr/competences/s-auto-developper/',
        to: '/fr/competences/s-autodevelopper/',
        name: "S'autodévelopper",
      },
    ]);
  });

  it('writes the lines of _redirects without the deployment base', () => {
    expect(redirectLines(redirects)).toBe('/fr/competences/s-auto-developper/ /fr/competences/s-autodevelopper/ 301\n');
  });

  it('writes a page that sends the reader on: refresh, link and canonical under the base, not indexed', () => {
    const html = redirectPage(redirects[0]!, getDictionary('fr'), 'https://example.org', '/competenties/');
    expect(html).toContain('<html lang="fr-BE" data-redirect-page>');
    expect(html).toContain(
      '<meta http-equiv="refresh" content="0; url=/competenties/fr/competences/s-autodevelopper/">',
    );
    expect(html).toContain(
      '<link rel="canonical" href="https://example.org/competenties/fr/competences/s-autodevelopper/">',
    );
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/competenties/fr/competences/s-autodevelopper/">S’autodévelopper</a>');
    expect(html).not.toContain("'");
  });

  it('ignores a former slug equal to the current one', () => {
    expect(
      formerSlugRedirects([{ id: 'fr/x', data: { slug: 'x', name: 'X', formerSlugs: ['x'] } }], dictionaries),
    ).toEqual([]);
  });
});
