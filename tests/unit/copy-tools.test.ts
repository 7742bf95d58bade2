import { describe, expect, it } from 'vitest';
import { getDictionary } from '../../src/i18n';
import { cellKey, expandCompetency, fillTemplate, parseCellKey } from '../../src/islands/copy-tools/config';
import { describedCompetencies } from '../../src/lib/catalog';
import { competencyEntry } from '../../src/lib/profile/build-data';
import { copyToolsProps } from '../../src/lib/profile/page-tools';
import { catalog } from './profile-fixture';

const levels = catalog.levels.map((l) => l.id);

describe('the copy tools’ page data', () => {
  for (const locale of ['nl', 'fr']) {
    it(`expanded with the page's indicators, is what the profile builder has (${locale})`, () => {
      const competencies = describedCompetencies(catalog);
      const config = copyToolsProps(competencies, levels, catalog.locales, getDictionary(locale));
      // The page shows the indicators: here they come from the content, as the page renders them.
      const indicatorsOf = (cell: string) => {
        const { competency, level, dimension } = parseCellKey(cell);
        const data = competencies.find((c) => c.key === competency)?.descriptions[locale]?.data;
        return [...(data?.dimensions.find((d) => d.key === dimension)?.indicators[level] ?? [])];
      };
      const expanded = config.competencies.map((c) => expandCompetency(c, locale, indicatorsOf));
      expect(expanded).toEqual(competencies.map((c) => competencyEntry(c, levels, [locale])));
      // The level wording differs where the content says so (the fixture's definition at level A).
      const entry = expanded[0]!;
      expect(entry.levels.A?.[locale]?.definition).not.toBe(entry.levels.B?.[locale]?.definition);
    });
  }

  it('carries no indicator text (the page shows them)', () => {
    const config = copyToolsProps(describedCompetencies(catalog), levels, catalog.locales, getDictionary('nl'));
    expect(JSON.stringify(config)).not.toContain('Herkent kansen.');
  });

  it('names cells by competency, level and dimension', () => {
    expect(parseCellKey(cellKey('objectieven-behalen', 'B', 'A'))).toEqual({
      competency: 'objectieven-behalen',
      level: 'B',
      dimension: 'A',
    });
    expect(fillTemplate('Dimensie {dimension} op niveau {level}', { dimension: 'A', level: 'B' })).toBe(
      'Dimensie A op niveau B',
    );
    expect(fillTemplate('{unknown}', {})).toBe('{unknown}');
  });
});
