import { describe, expect, it } from 'vitest';
import { bodyLinks, checkLink, internalPath } from '../../src/lib/link-checks';

const site = new Set([
  '/nl/',
  '/nl/competenties/',
  '/nl/competenties/in-team-werken/',
  '/nl/niveaus/a/',
  '/fr/contexte/',
]);

describe('internal links in MDX bodies', () => {
  it('finds Markdown links, reference definitions and href attributes, with their line', () => {
    const body = 'Zie [dit](/nl/niveaus/a/ "titel").\n\n<a href="/fr/contexte/">ici</a>\n[ref]: /nl/competenties/\n';
    expect(bodyLinks(body)).toEqual([
      { target: '/nl/niveaus/a/', line: 1 },
      { target: '/fr/contexte/', line: 3 },
      { target: '/nl/competenties/', line: 4 },
    ]);
  });

  it('leaves out other sites, mail, files and anchors on the same page', () => {
    for (const target of [
      'https://www.belgium.be/',
      'mailto:a@b.be',
      '//cdn.example/x',
      '#level-B',
      '/nl/bijlage.pdf',
    ]) {
      expect(internalPath(target, '/nl/achtergrond/'), target).toBeUndefined();
    }
  });

  it('accepts links to pages, with a query or an anchor, absolute or relative', () => {
    expect(checkLink('/nl/competenties/in-team-werken/?level=B#B-A-2', '/nl/achtergrond/', site)).toBeUndefined();
    expect(checkLink('../competenties/in-team-werken/', '/nl/niveaus/', site)).toBeUndefined();
  });

  it('reports a link to no page, suggesting the nearest page, and a missing final slash', () => {
    expect(checkLink('/nl/competenties/in-teamwerken/', '/nl/', site)).toMatchObject({
      message: 'links to "/nl/competenties/in-teamwerken/", which is not a page of the site.',
      fix: expect.stringContaining('did you mean "/nl/competenties/in-team-werken/"'),
    });
    expect(checkLink('/nl/niveaus/a#x', '/nl/', site)).toMatchObject({
      fix: expect.stringContaining('"/nl/niveaus/a/#x"'),
    });
  });
});
