import { beforeAll, describe, expect, it } from 'vitest';
import { localeCodes } from '../../src/i18n';
import { buildCatalog, describedCompetencies } from '../../src/lib/catalog';
import { formatProblem } from '../../src/lib/content-problems';
import { checkContent } from '../../src/content-tools/run-check';
import type { ContentFiles } from '../../src/content-tools/content-files';
import { readContent } from '../../src/content-tools/read-content';

/** The real content of the repository: complete, consistent, in every language. */
let files: ContentFiles;
beforeAll(async () => {
  files = await readContent('content');
});

describe('the content of the dictionary', () => {
  it('passes npm run check without error: schemas, cross-checks, texts, links', async () => {
    expect((await checkContent('content')).errors.map(formatProblem)).toEqual([]);
  });

  it('holds the model: 5 groups x 8 competencies, 5 of them core', () => {
    expect(files.groups).toHaveLength(5);
    expect(files.model).toHaveLength(40);
    expect(
      files.model
        .filter((c) => c.data.core)
        .map((c) => c.id)
        .sort(),
    ).toEqual([
      'betrouwbaarheid-tonen',
      'in-team-werken',
      'objectieven-behalen',
      'servicegericht-handelen',
      'zichzelf-ontwikkelen',
    ]);
  });

  it('describes the five core competencies in every language: 3 dimensions x 4 levels x 2 indicators', () => {
    const catalog = buildCatalog({ locales: localeCodes, ...files });
    const described = describedCompetencies(catalog);
    expect(described.map((c) => c.key).sort()).toEqual(
      files.model
        .filter((c) => c.data.core)
        .map((c) => c.id)
        .sort(),
    );
    for (const c of described) {
      for (const locale of localeCodes) {
        const data = c.descriptions[locale]!.data;
        expect(data.dimensions.map((d) => d.key)).toEqual(['A', 'B', 'C']);
        for (const dimension of data.dimensions) {
          for (const level of ['D', 'C', 'B', 'A'])
            expect(dimension.indicators[level], `${c.key} ${locale} ${level}${dimension.key}`).toHaveLength(2);
        }
      }
    }
  });

  it('marks every French entry as a translation of the Dutch source', () => {
    const french = [...files.competencies, ...files.functions, ...files.pages].filter((e) => e.id.startsWith('fr/'));
    expect(french.length).toBeGreaterThan(0);
    for (const entry of french) expect(entry.data.translation, entry.id).toMatchObject({ from: 'nl' });
  });

  it('keeps the Dutch wording of known indicators exactly (transcription spot checks)', () => {
    const nl = (key: string) => files.competencies.find((e) => e.id.startsWith('nl/') && e.data.key === key)!.data;
    expect(nl('betrouwbaarheid-tonen').dimensions[0]!.indicators.C).toEqual([
      'Gaat gepast om met vertrouwelijke gegevens.',
      'Behandelt anderen op een respectvolle manier.',
    ]);
    expect(nl('zichzelf-ontwikkelen').dimensions[2]!.indicators.B).toEqual([
      'Stelt zijn/haar kennis en vaardigheden regelmatig in vraag om ze te vervolledigen.',
      'Wil graag feedback over geleverde prestaties.',
    ]);
    // Level B, 'In team werken', dimension C is French in the source: the Dutch name of the other levels is used.
    expect(nl('in-team-werken').dimensions[2]!.name).toMatchObject({ text: 'Conflicten vermijden en oplossen' });
  });

  it('has no extraction artefacts left in the Dutch text', () => {
    const texts = files.competencies.filter((e) => e.id.startsWith('nl/')).flatMap((e) => JSON.stringify(e.data));
    for (const text of texts) {
      expect(text).not.toMatch(/[a-z]- [a-z]/); // 'han- delen'
      expect(text).not.toMatch(/ {2}/);
      expect(text).not.toMatch(/[a-z][.:;][A-Za-z]/); // 'plannen:de', 'wordt.Neemt'
      expect(text).not.toContain('NIVEAU');
    }
  });
});
