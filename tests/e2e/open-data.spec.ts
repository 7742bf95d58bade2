import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import Ajv from 'ajv';
import jsonld from 'jsonld';
import { parseCsv } from '../csv-parse';
import { pagePath, routesOfKind, siteRoutes } from '../site-routes';
import { BASE_PATH, DIST_DIR } from './built-site';

/** The data files of the built site (dist/data/), as a reuser downloads them. */
const file = (name: string) => readFileSync(join(DIST_DIR, 'data', name), 'utf8');
const routes = await siteRoutes();
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const noNetwork = async (url: string): Promise<never> => {
  throw new Error(`tried to fetch ${url}`);
};

/** The built page and anchor a URL of the site names, or why it does not resolve. */
function resolve(url: string): string | null {
  const { pathname, hash } = new URL(url);
  if (!pathname.startsWith(BASE_PATH)) return `${url}: not under the base ${BASE_PATH}`;
  const path = join(DIST_DIR, decodeURIComponent(pathname.slice(BASE_PATH.length)), 'index.html');
  let html: string;
  try {
    html = readFileSync(path, 'utf8');
  } catch {
    return `${url}: no page ${path}`;
  }
  const id = decodeURIComponent(hash.slice(1));
  return id && !html.includes(` id="${id}"`) ? `${url}: no element with id "${id}"` : null;
}

test('the JSON-LD expands, holds 120 indicators in both languages, and every @id is a page and anchor of the site', async () => {
  const document = JSON.parse(file('dictionary.jsonld'));
  const expanded = await jsonld.expand(document, { documentLoader: noNetwork });
  const isIndicator = (node: Record<string, unknown>) =>
    /\/[A-Z]-[A-Z]-\d+$/.test((node[`${SKOS}notation`] as { '@value': string }[] | undefined)?.[0]?.['@value'] ?? '');
  const indicators = expanded.filter(isIndicator);
  expect(indicators).toHaveLength(120);
  for (const node of indicators) {
    const languages = (node[`${SKOS}prefLabel`] as { '@language': string }[]).map((l) => l['@language']).sort();
    expect(languages, String(node['@id'])).toEqual(['fr', 'nl']);
  }
  const ids = expanded.map((node) => node['@id'] as string);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.map(resolve).filter(Boolean)).toEqual([]);
  // Every link between concepts (broader, narrower, inScheme, ...) names a node of the document.
  const LINKS = ['broader', 'narrower', 'related', 'inScheme', 'topConceptOf', 'hasTopConcept'].map(
    (p) => `${SKOS}${p}`,
  );
  const references = expanded.flatMap((node) =>
    LINKS.flatMap((p) => (node[p] as { '@id': string }[] | undefined) ?? []).map((v) => v['@id']),
  );
  expect(references.length).toBeGreaterThan(600);
  expect(references.filter((r) => !ids.includes(r))).toEqual([]);
  expect(references.map(resolve).filter(Boolean)).toEqual([]);
});

test('both CSV files parse back to the same 120 rows as the JSON', () => {
  const json = JSON.parse(file('dictionary.json'));
  const fromJson = json.competencies.flatMap(
    (c: { levels: { dimensions: { indicators: { id: string; text: Record<string, string> }[] }[] }[] }) =>
      c.levels.flatMap((l) => l.dimensions.flatMap((d) => d.indicators.map((i) => [i.id, i.text.nl, i.text.fr]))),
  );
  expect(fromJson).toHaveLength(120);
  const tables = [parseCsv(file('indicators.csv'), ','), parseCsv(file('indicators-semicolon.csv'), ';')];
  for (const [header, ...rows] of tables) {
    const at = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[at('indicator_id')], r[at('text_nl')], r[at('text_fr')]])).toEqual(fromJson);
  }
  expect(tables[0]).toEqual(tables[1]);
  expect(file('indicators.csv').charCodeAt(0)).toBe(0xfeff);
});

test('the JSON validates against the published JSON Schema', () => {
  const schema = JSON.parse(file('dictionary.schema.json'));
  const json = JSON.parse(file('dictionary.json'));
  expect(json.$schema).toBe(schema.$id);
  const ajv = new Ajv({ allErrors: true });
  const validate = ajv.compile(schema);
  expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
});

test('each competency page embeds its own JSON-LD node, the same as in the data file', async () => {
  const graph = JSON.parse(file('dictionary.jsonld'))['@graph'] as Record<string, unknown>[];
  const pages = routesOfKind(routes, 'competency');
  expect(pages.length).toBeGreaterThan(0);
  for (const route of pages) {
    const html = readFileSync(join(DIST_DIR, pagePath(route), 'index.html'), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)];
    expect(blocks, route.path).toHaveLength(1);
    const { '@context': context, ...node } = JSON.parse(blocks[0]![1]!);
    expect(context).toBeTruthy();
    const inFile = graph.find((n) => n['@id'] === node['@id']);
    expect(inFile, route.path).toMatchObject(node);
    const expanded = await jsonld.expand({ '@context': context, ...node }, { documentLoader: noNetwork });
    expect(expanded).toHaveLength(1);
  }
});

test('the data page of each language links every file, and the files are served', async ({ page, request }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  for (const route of routesOfKind(routes, 'data')) {
    await page.goto(pagePath(route));
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'no horizontal scrolling at 320 px').toBeLessThanOrEqual(0);
    const links = page.locator('a[download]');
    await expect(links).toHaveCount(5);
    for (const href of await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
      const response = await request.get(href);
      expect(response.status(), href).toBe(200);
    }
  }
});
