import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptTranslations } from '../../src/content-tools/accept-translations';
import { readContent } from '../../src/content-tools/read-content';
import { checkContent } from '../../src/content-tools/run-check';
import { buildCatalog } from '../../src/lib/catalog';
import { rowsOf, translationRows, translationState } from '../../src/lib/translation-status';
import { sourceHash } from '../../src/lib/source-hash';
import { VALID_CONTENT, contentCopy, edit, removeContentCopies } from './content-dir';
import { competency, groups, levels, model, page } from './fixtures';

afterAll(removeContentCopies);

describe('translation state', () => {
  const nl = competency('nl');
  const fr = (sourceHashValue?: string) => {
    const entry = competency('fr');
    entry.data.translation = {
      from: 'nl',
      status: 'translated',
      ...(sourceHashValue ? { sourceHash: sourceHashValue } : {}),
    };
    return entry;
  };

  it('is current when the recorded version is the source as it is, outdated when not, unrecorded without one', () => {
    expect(translationState(fr(sourceHash(nl)), nl)).toBe('current');
    expect(translationState(fr('000000000000'), nl)).toBe('outdated');
    expect(translationState(fr(), nl)).toBe('unrecorded');
    expect(translationState(fr(sourceHash(nl)), undefined)).toBe('no-source');
  });

  it('lists every translated entry of the catalog with its source, and finds the rows of the entries a page shows', () => {
    const french = fr('000000000000');
    const frPage = {
      ...page('fr', 'achtergrond', 'contexte'),
      data: {
        ...page('fr', 'achtergrond', 'contexte').data,
        translation: { from: 'nl', status: 'translated' as const },
      },
    };
    const catalog = buildCatalog({
      locales: ['nl', 'fr'],
      groups,
      model,
      levels,
      competencies: [nl, french],
      functions: [],
      pages: [page('nl', 'achtergrond', 'achtergrond'), frPage],
    });
    const rows = translationRows(catalog);
    expect(rows.map((r) => [r.kind, r.key, r.locale, r.source?.id, r.state])).toEqual([
      ['competency', 'objectieven-behalen', 'fr', 'nl/objectieven-behalen', 'outdated'],
      ['page', 'achtergrond', 'fr', 'nl/achtergrond', 'unrecorded'],
    ]);
    expect(rowsOf(rows, [french]).map((r) => r.state)).toEqual(['outdated']);
    expect(rowsOf(rows, [nl])).toEqual([]);
  });
});

describe('the translation-status flow', () => {
  it('warns when the Dutch changes, and is clean again once the translation is accepted', async () => {
    const dir = await contentCopy(VALID_CONTENT);
    const french = join(dir, 'competencies/fr/travailler-en-equipe.mdx');
    expect((await checkContent(dir)).problems).toEqual([]);

    // An editor changes an indicator of the Dutch source.
    await edit(
      join(dir, 'competencies/nl/in-team-werken.mdx'),
      "Deelt informatie met collega's.",
      "Deelt relevante informatie met collega's.",
    );
    const changed = await checkContent(dir);
    expect(changed.errors).toEqual([]);
    expect(changed.warnings).toHaveLength(1);
    expect(changed.warnings[0]).toMatchObject({ file: french, field: 'translation.sourceHash' });
    expect(changed.warnings[0]!.message).toContain('the translation is to be updated');
    // The French page would show the notice: its row is outdated.
    const row = translationRows(changed.catalog).find((r) => r.entry.filePath === french)!;
    expect(row.state).toBe('outdated');

    // The translator updates the French, and records the version after review.
    await edit(
      french,
      "Partage l'information avec ses collègues.",
      "Partage l'information pertinente avec ses collègues.",
    );
    const { accepted, unknown } = await acceptTranslations(dir, ['in-team-werken']);
    expect(unknown).toEqual([]);
    expect(accepted).toEqual([{ file: french, previous: row.recorded, hash: row.current, errors: [] }]);
    expect((await checkContent(dir)).problems).toEqual([]);
    const files = await readContent(dir);
    expect(files.competencies.find((e) => e.filePath === french)!.data.translation?.sourceHash).toBe(row.current);
  });

  it('accepts by file path, and names what it does not know', async () => {
    const dir = await contentCopy(VALID_CONTENT);
    await edit(join(dir, 'pages/nl/achtergrond.mdx'), 'in één model.', 'in één gemeenschappelijk model.');
    expect((await checkContent(dir)).warnings).toHaveLength(1);
    const { accepted, unknown } = await acceptTranslations(dir, [join(dir, 'pages/fr/contexte.mdx'), 'bestaat-niet']);
    expect(accepted.map((a) => a.file)).toEqual([join(dir, 'pages/fr/contexte.mdx')]);
    expect(unknown).toEqual(['bestaat-niet']);
    expect((await checkContent(dir)).problems).toEqual([]);
  });
});
