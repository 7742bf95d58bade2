import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import jsonld from 'jsonld';
import { beforeAll, describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { checkContent } from '../../src/content-tools/run-check';
import { indicatorTable, toCsv } from '../../src/lib/open-data/csv';
import { datasetIndicators, type OpenDataset } from '../../src/lib/open-data/dataset';
import { datasetJsonSchema } from '../../src/lib/open-data/json-schema';
import { datasetJsonLd } from '../../src/lib/open-data/jsonld';
import { scriptJson } from '../../src/lib/script-json';
import {
  checkPublishedIds,
  currentIds,
  updatePublishedIds,
  type PublishedId,
  type PublishedIdList,
} from '../../src/lib/open-data/published-ids';
import { siteDataset } from '../../src/lib/open-data/site-dataset';
import { contentVersion } from '../../src/lib/open-data/version';
import { parseCsv } from '../csv-parse';

/** The open data of the repository's real content (the files the build writes come from the same functions). */
let dataset: OpenDataset;
beforeAll(async () => {
  const { catalog } = await checkContent('content', dictionaries);
  dataset = siteDataset(catalog, dictionaries, { contentDate: '2026-01-01T00:00:00Z', commit: 'abc' });
});
const absolute = (path: string) => new URL(path, 'https://example.org').href;
/** A JSON-LD document loader that refuses the network: the context must be inline. */
const noNetwork = async (url: string): Promise<never> => {
  throw new Error(`tried to fetch ${url}`);
};

describe('the published identifiers', () => {
  it('are the committed list: none disappeared or changed meaning, none is unlisted', () => {
    const list = JSON.parse(readFileSync('data/published-ids.json', 'utf8')) as PublishedIdList;
    expect(checkPublishedIds(list, currentIds(dataset)).map((p) => p.message)).toEqual([]);
  });

  it('are unique, and language-neutral for the 120 indicators', () => {
    const ids = currentIds(dataset);
    expect(new Set(ids.map((i) => i.id)).size).toBe(ids.length);
    const indicators = ids.filter((i) => i.kind === 'indicator');
    expect(indicators).toHaveLength(120);
    expect(indicators.map((i) => i.id)).toContain('in-team-werken/B-A-2');
    expect(indicators.find((i) => i.id === 'in-team-werken/B-A-2')?.uri).toBe('/nl/competenties/in-team-werken/#B-A-2');
  });
});

describe('the contract check', () => {
  const fixture: PublishedId[] = [
    { id: 'x', kind: 'competency', parent: 'group/g', uri: '/nl/competenties/x/' },
    { id: 'x/level-B', kind: 'competency-level', parent: 'x', uri: '/nl/competenties/x/#level-B' },
    { id: 'x/B-A-1', kind: 'indicator', parent: 'x/level-B', uri: '/nl/competenties/x/#B-A-1' },
    { id: 'x/B-A-2', kind: 'indicator', parent: 'x/level-B', uri: '/nl/competenties/x/#B-A-2' },
  ];
  const list: PublishedIdList = { description: 'test', ids: fixture };

  it('passes when the content has every published id, unchanged', () => {
    expect(checkPublishedIds(list, fixture)).toEqual([]);
  });

  it('fails when an indicator id disappears, naming it', () => {
    const problems = checkPublishedIds(
      list,
      fixture.filter((i) => i.id !== 'x/B-A-2'),
    );
    expect(problems.map((p) => [p.kind, p.id])).toEqual([['removed', 'x/B-A-2']]);
    expect(problems[0]!.message).toContain('npm run data:ids');
  });

  it('fails when an id changes meaning: another parent, kind or place', () => {
    const moved = fixture.map((i) =>
      i.id === 'x/B-A-1' ? { ...i, parent: 'x/level-C', uri: '/nl/competenties/x/#C-A-1' } : i,
    );
    const problems = checkPublishedIds(list, moved);
    expect(problems.map((p) => [p.kind, p.id])).toEqual([['changed', 'x/B-A-1']]);
    expect(problems[0]!.message).toMatch(/parent was "x\/level-B", is "x\/level-C"/);
  });

  it('fails on a new id until it is listed, and on a retired id given out again', () => {
    const extra = { id: 'x/B-A-3', kind: 'indicator' as const, parent: 'x/level-B', uri: '/nl/competenties/x/#B-A-3' };
    expect(checkPublishedIds(list, [...fixture, extra]).map((p) => p.kind)).toEqual(['unlisted']);
    const retired: PublishedIdList = {
      description: 'test',
      ids: [...fixture, { ...extra, retired: { date: '2026-01-01', note: 'gone' } }],
    };
    expect(checkPublishedIds(retired, fixture)).toEqual([]);
    expect(checkPublishedIds(retired, [...fixture, extra]).map((p) => p.kind)).toEqual(['reused']);
  });

  it('updates deliberately: removed ids kept and marked retired, new ids added, a moved place recorded', () => {
    const now = [
      ...fixture
        .filter((i) => i.id !== 'x/B-A-2')
        .map((i) => (i.id === 'x' ? { ...i, uri: '/nl/competenties/y/' } : i)),
      { id: 'x/B-A-3', kind: 'indicator' as const, parent: 'x/level-B', uri: '/nl/competenties/x/#B-A-3' },
    ];
    const { list: updated, refused } = updatePublishedIds(list, now, { date: '2026-12-02', note: 'merged' });
    expect(refused).toEqual([]);
    expect(updated.ids.find((i) => i.id === 'x/B-A-2')?.retired).toEqual({ date: '2026-12-02', note: 'merged' });
    expect(updated.ids.find((i) => i.id === 'x')).toMatchObject({
      uri: '/nl/competenties/y/',
      formerUris: ['/nl/competenties/x/'],
    });
    expect(updated.ids.map((i) => i.id)).toContain('x/B-A-3');
    expect(checkPublishedIds(updated, now)).toEqual([]);
  });

  it('refuses to give an id another kind or parent', () => {
    const now = fixture.map((i) => (i.id === 'x/B-A-1' ? { ...i, parent: 'x/level-C' } : i));
    const { list: updated, refused } = updatePublishedIds(list, now, { date: '2026-12-02', note: 'n' });
    expect(refused.map((p) => p.id)).toEqual(['x/B-A-1']);
    expect(updated.ids.find((i) => i.id === 'x/B-A-1')?.parent).toBe('x/level-B');
  });
});

describe('the JSON-LD', () => {
  it('expands with a JSON-LD processor, without fetching anything, and holds 120 indicators in nl and fr', async () => {
    const document = JSON.parse(JSON.stringify(datasetJsonLd(dataset, { absolute, dictionaries })));
    const expanded = await jsonld.expand(document, { documentLoader: noNetwork });
    const SKOS = 'http://www.w3.org/2004/02/skos/core#';
    const indicators = expanded.filter((node) =>
      (node[`${SKOS}notation`] as { '@value': string }[] | undefined)?.[0]?.['@value'].match(/\/[A-Z]-[A-Z]-\d+$/),
    );
    expect(indicators).toHaveLength(120);
    for (const node of indicators) {
      const labels = node[`${SKOS}prefLabel`] as { '@value': string; '@language': string }[];
      expect(labels.map((l) => l['@language']).sort(), String(node['@id'])).toEqual(['fr', 'nl']);
      expect(labels.every((l) => l['@value'].length > 0)).toBe(true);
      expect(node['@type']).toEqual([`${SKOS}Concept`, 'https://schema.org/DefinedTerm']);
      expect(node[`${SKOS}inScheme`]).toEqual([{ '@id': 'https://example.org/nl/competenties/' }]);
    }
    const scheme = expanded.find((node) => (node['@type'] as string[]).includes(`${SKOS}ConceptScheme`));
    expect(scheme?.['@type']).toContain('https://schema.org/DefinedTermSet');
  });

  it('gives a competency its definition in both languages, a notation and its group as broader', async () => {
    const document = JSON.parse(JSON.stringify(datasetJsonLd(dataset, { absolute, dictionaries })));
    const expanded = await jsonld.expand(document, { documentLoader: noNetwork });
    const node = expanded.find((n) => n['@id'] === 'https://example.org/nl/competenties/in-team-werken/')!;
    const SKOS = 'http://www.w3.org/2004/02/skos/core#';
    expect((node[`${SKOS}definition`] as { '@language': string }[]).map((d) => d['@language']).sort()).toEqual([
      'fr',
      'nl',
    ]);
    expect(node[`${SKOS}notation`]).toEqual([{ '@value': 'in-team-werken' }]);
    expect(node[`${SKOS}broader`]).toEqual([{ '@id': 'https://example.org/nl/competenties/#group-relaties' }]);
  });

  it('is written so that no text can close its script element', () => {
    expect(scriptJson({ text: '</script><script>alert(1)</script>' })).not.toContain('</script');
  });
});

describe('the CSV', () => {
  it('parses back to the 120 indicators, with both separators and a byte-order mark', () => {
    const indicators = datasetIndicators(dataset);
    for (const separator of [',', ';'] as const) {
      const text = toCsv(indicatorTable(dataset), separator);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const [header, ...rows] = parseCsv(text, separator);
      expect(rows).toHaveLength(120);
      const column = (name: string) => header!.indexOf(name);
      rows.forEach((row, index) => {
        const { competency, level, cell, indicator } = indicators[index]!;
        expect(row[column('indicator_id')]).toBe(indicator.id);
        expect(row[column('competency_id')]).toBe(competency.id);
        expect(row[column('level')]).toBe(level.level);
        expect(row[column('dimension')]).toBe(cell.dimension);
        expect(row[column('position')]).toBe(String(indicator.position));
        expect(row[column('text_nl')]).toBe(indicator.text.nl);
        expect(row[column('text_fr')]).toBe(indicator.text.fr);
        expect(['current', 'outdated', 'unrecorded']).toContain(row[column('translation_fr_state')]);
      });
    }
  });

  it('quotes fields holding the separator, quotes or line ends', () => {
    expect(toCsv([['a;b', 'c,d', 'say "x"']], ';')).toBe('\uFEFF"a;b";c,d;"say ""x"""\r\n');
    expect(toCsv([['a;b', 'c,d']], ',')).toBe('\uFEFFa;b,"c,d"\r\n');
  });
});

describe('the JSON', () => {
  it('validates against its published JSON Schema', () => {
    const ajv = new Ajv({ allErrors: true });
    const validate = ajv.compile(datasetJsonSchema('https://example.org/data/dictionary.schema.json'));
    const file = JSON.parse(JSON.stringify({ $schema: 'https://example.org/data/dictionary.schema.json', ...dataset }));
    expect(validate(file), ajv.errorsText(validate.errors)).toBe(true);
  });

  it('is rejected by the schema when an indicator lacks its text', () => {
    const ajv = new Ajv();
    const validate = ajv.compile(datasetJsonSchema('https://example.org/s.json'));
    const file = JSON.parse(JSON.stringify({ $schema: 'x', ...dataset }));
    delete file.competencies.find((c: { described: boolean }) => c.described).levels[0].dimensions[0].indicators[0]
      .text;
    expect(validate(file)).toBe(false);
  });
});

describe('the version', () => {
  it('falls back to the content files when git is not available, and says the commit is unknown', () => {
    const version = contentVersion('content', { PATH: '/nonexistent' });
    expect(version.commit).toBeNull();
    expect(version.contentDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('takes the commit and date a build system gives', () => {
    expect(contentVersion('content', { SOURCE_COMMIT: 'f00', CONTENT_DATE: '2026-05-01' })).toEqual({
      commit: 'f00',
      contentDate: '2026-05-01',
    });
  });
});
