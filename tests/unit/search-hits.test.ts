import { describe, expect, it } from 'vitest';
import { bestHit, escapeHtml, normalizeWord } from '../../src/islands/search/hits';
import type { PagefindResultData } from '../../src/islands/search/pagefind-client';

// A competency page as Pagefind sees it: the words of the content, the elements with an id.
const content = [
  'Betrouwbaarheid tonen.', // 0-1
  'Definitie. Integer handelen, vertrouwelijkheid respecteren en vertrouwelijkheid bewaren.', // 2-9
  'Niveau C.', // 10-11
  'A. Eerlijk en integer handelen', // 12-16
  'Gaat gepast om met vertrouwelijke gegevens.', // 17-22
  'Behandelt anderen op een respectvolle <manier>.', // 23-28
].join(' ');

function page(locations: number[]): PagefindResultData {
  return {
    url: '/nl/competenties/betrouwbaarheid-tonen/',
    content,
    excerpt: 'excerpt',
    meta: { title: 'Betrouwbaarheid tonen' },
    filters: {},
    anchors: [
      { element: 'h2', id: 'definition', text: 'Definitie', location: 2 },
      { element: 'section', id: 'level-C', location: 10 },
      { element: 'h3', id: 'level-C-title', text: 'Niveau C', location: 10 },
      { element: 'div', id: 'C-A', location: 12 },
      { element: 'h4', id: 'C-A-title', text: 'A. Eerlijk en integer handelen', location: 12 },
      { element: 'li', id: 'C-A-1', location: 17 },
      { element: 'li', id: 'C-A-2', location: 23 },
    ],
    locations,
    weighted_locations: locations.map((location) => ({ location, weight: 1, balanced_score: 10 })),
  };
}

describe('search hits', () => {
  it('lands on the indicator holding the most different query words, with competency, level and dimension', () => {
    // 'vertrouwelijke gegevens': the definition matches one word twice, the indicator both words.
    const hit = bestHit(page([5, 8, 21, 22]));
    expect(hit.url).toBe('/nl/competenties/betrouwbaarheid-tonen/#C-A-1');
    expect(hit.trail).toEqual(['Betrouwbaarheid tonen', 'Niveau C', 'A. Eerlijk en integer handelen']);
    expect(hit.excerptHtml).toBe('Gaat gepast om met <mark>vertrouwelijke</mark> <mark>gegevens.</mark>');
  });

  it('escapes the page text in the excerpt', () => {
    const hit = bestHit(page([27]));
    expect(hit.url).toContain('#C-A-2');
    expect(hit.excerptHtml).toBe('Behandelt anderen op een <mark>respectvolle</mark> &lt;manier&gt;.');
  });

  it('a match in a section heading region lands on the heading', () => {
    const hit = bestHit(page([3]));
    expect(hit.url).toBe('/nl/competenties/betrouwbaarheid-tonen/#definition');
    expect(hit.trail).toEqual(['Betrouwbaarheid tonen', 'Definitie']);
  });

  it('a match before any anchor lands on the page itself', () => {
    const hit = bestHit(page([0]));
    expect(hit.url).toBe('/nl/competenties/betrouwbaarheid-tonen/');
    expect(hit.trail).toEqual(['Betrouwbaarheid tonen']);
  });

  it('normalises words for comparison and escapes HTML', () => {
    expect(normalizeWord('Fiabilité,')).toBe('fiabilite');
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });
});

describe('phrase preference', () => {
  it('prefers the region where the words stand together as typed', async () => {
    const { longestRun } = await import('../../src/islands/search/hits');
    expect(longestRun([3, 4, 5, 9])).toBe(3);
    expect(longestRun([])).toBe(0);
    const phrase =
      'Se réconcilie rapidement avec un collègue après un conflit. Engage le dialogue pour régler un conflit avec un collègue.';
    const hit = bestHit({
      url: '/fr/competences/travailler-en-equipe/',
      content: phrase,
      excerpt: '',
      meta: { title: 'Travailler en équipe' },
      filters: {},
      anchors: [
        { element: 'li', id: 'B-C-1', location: 0 },
        { element: 'li', id: 'B-C-2', location: 9 },
      ],
      // 'conflit avec un collègue' matches the same words in both, in order only in the second.
      locations: [3, 4, 5, 7, 8, 15, 16, 17, 18, 19],
      weighted_locations: [],
    });
    expect(hit.url).toBe('/fr/competences/travailler-en-equipe/#B-C-2');
  });
});
