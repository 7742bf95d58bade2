import type { PagefindAnchor, PagefindResultData } from './pagefind-client';

/**
 * Turns a Pagefind page result into the place a reader wants to land on: the indicator (a list
 * item with an id) or the section (a heading with an id) holding the best matches, with the
 * headings above it (competency, level, dimension) and its text with the query terms marked.
 * Pure, unit-tested.
 */
export interface Hit {
  /** Page URL with the anchor of the best region (`…/objectieven-behalen/#B-A-2`). */
  url: string;
  /** The page title, then the nearest headings above the region (e.g. level, dimension). */
  trail: string[];
  /** The region's text, HTML-escaped, with matched words in `<mark>`. */
  excerptHtml: string;
}

/** Elements a result can land on: an indicator or list item, a definition term, a heading. */
const TARGET = /^(li|dt|h[1-6])$/;
const HEADING = /^h([1-6])$/;
const MAX_WORDS = 40;

/**
 * The query term a matched word stands for (Pagefind matches stems, so 'conflits' matches the term
 * 'conflit'): the term sharing the longest prefix with the word; the word itself when none does.
 */
function termOf(word: string, terms: string[]): string {
  let best = word;
  let bestLength = 0;
  for (const term of terms) {
    let common = 0;
    while (common < term.length && common < word.length && term[common] === word[common]) common += 1;
    if (common >= Math.min(4, term.length) && common > bestLength) {
      best = term;
      bestLength = common;
    }
  }
  return best;
}

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return 0;
}

/** The length of the longest run of consecutive word positions. */
export function longestRun(locations: number[]): number {
  const sorted = [...new Set(locations)].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  sorted.forEach((location, i) => {
    run = i > 0 && location === sorted[i - 1]! + 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return longest;
}

/** A word as compared between matches: lower case, no accents, no punctuation. */
export function normalizeWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function bestHit(data: PagefindResultData, query = ''): Hit {
  const terms = query.split(/\s+/).map(normalizeWord).filter(Boolean);
  const anchors = [...data.anchors].sort((a, b) => a.location - b.location);
  const targets = anchors.filter((a) => TARGET.test(a.element) && a.id);
  const regionOf = (location: number): PagefindAnchor | undefined => {
    let found: PagefindAnchor | undefined;
    for (const anchor of targets) {
      if (anchor.location <= location) found = anchor;
      else break;
    }
    return found;
  };

  // Rank regions by how many different query words they hold, then by the weight of their
  // matches: an indicator with both words of 'vertrouwelijke gegevens' beats a definition that
  // repeats one of them. Ties go to the first region on the page.
  const words = data.content.split(/\s+/);
  const regions = new Map<PagefindAnchor | undefined, { distinct: Set<string>; score: number; locations: number[] }>();
  const weighted =
    data.weighted_locations.length > 0
      ? data.weighted_locations
      : data.locations.map((location) => ({ location, balanced_score: 1, weight: 1 }));
  for (const { location, balanced_score } of weighted) {
    const region = regionOf(location);
    const entry = regions.get(region) ?? { distinct: new Set<string>(), score: 0, locations: [] };
    entry.distinct.add(termOf(normalizeWord(words[location] ?? ''), terms));
    entry.score += balanced_score;
    entry.locations.push(location);
    regions.set(region, entry);
  }
  // Rank: different query words, then the longest run of consecutive matches (the phrase as
  // typed), then weight; ties go to the first region on the page.
  let best: PagefindAnchor | undefined;
  let bestRank: number[] = [-1, -1, -Infinity];
  for (const [region, entry] of regions) {
    const rank = [entry.distinct.size, longestRun(entry.locations), entry.score];
    const cmp = compareRanks(rank, bestRank);
    if (cmp > 0 || (cmp === 0 && (region?.location ?? -1) < (best?.location ?? -1))) {
      best = region;
      bestRank = rank;
    }
  }

  const title = data.meta.title ?? data.url;
  if (!best) return { url: data.url, trail: [title], excerptHtml: data.excerpt };

  // The excerpt: the region's words (up to the next indicator or heading), from a little before
  // its first match, with the matched words marked.
  const regionEnd = targets.find((a) => a.location > best.location)?.location ?? words.length;
  const firstMatch = Math.min(...(regions.get(best)?.locations ?? [best.location]));
  const start = Math.max(best.location, firstMatch - 12);
  const end = Math.min(regionEnd, start + MAX_WORDS);
  const matched = new Set(data.locations);
  const excerptHtml = (start > best.location ? '… ' : '').concat(
    words
      .slice(start, end)
      .map((word, offset) => (matched.has(start + offset) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)))
      .join(' '),
    end < regionEnd ? ' …' : '',
  );

  return { url: `${data.url}#${best.id}`, trail: [title, ...headingsAbove(anchors, best)], excerptHtml };
}

/** The two nearest headings enclosing the region, outermost first (a heading region is its own last). */
function headingsAbove(anchors: PagefindAnchor[], region: PagefindAnchor): string[] {
  const ownLevel = Number(HEADING.exec(region.element)?.[1] ?? 7);
  const chain: string[] = [];
  let ceiling = ownLevel;
  for (let i = anchors.indexOf(region) - 1; i >= 0 && chain.length < 2; i -= 1) {
    const anchor = anchors[i]!;
    const level = Number(HEADING.exec(anchor.element)?.[1] ?? 0);
    if (level > 1 && level < ceiling && anchor.text) {
      chain.unshift(anchor.text.trim());
      ceiling = level;
    }
  }
  if (HEADING.test(region.element) && region.text) chain.push(region.text.trim());
  return chain;
}
