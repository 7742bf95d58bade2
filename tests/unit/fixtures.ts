import { localeCodes } from '../../src/i18n';
import { buildCatalog } from '../../src/lib/catalog';
import type { CompetencyData } from '../../src/schemas/competency';

/** A small model and descriptions for the unit tests. */
export const levels = ['D', 'C', 'B', 'A'].map((id, index) => ({
  id,
  data: { order: index + 1, summary: { nl: id, fr: id } },
}));
export const groups = [
  { id: 'relaties', data: { order: 4, name: { nl: 'Omgaan met relaties', fr: 'Gestion des relations' } } },
  {
    id: 'eigen-functioneren',
    data: {
      order: 5,
      name: { nl: 'Omgaan met het eigen functioneren', fr: 'Gestion de son fonctionnement personnel' },
    },
  },
];
export const model = [
  {
    id: 'objectieven-behalen',
    data: {
      group: 'eigen-functioneren',
      order: 7,
      core: true,
      name: { nl: 'Objectieven behalen', fr: 'Atteindre les objectifs' },
    },
  },
  {
    id: 'in-team-werken',
    data: { group: 'relaties', order: 3, core: true, name: { nl: 'In team werken', fr: 'Travailler en équipe' } },
  },
  { id: 'adviseren', data: { group: 'relaties', order: 5, core: false, name: { nl: 'Adviseren', fr: 'Conseiller' } } },
];

export function competency(locale: string, overrides: Partial<CompetencyData> = {}) {
  const nl = locale === 'nl';
  const data: CompetencyData = {
    key: 'objectieven-behalen',
    group: 'eigen-functioneren',
    core: true,
    name: nl ? 'Objectieven behalen' : 'Atteindre les objectifs',
    slug: nl ? 'objectieven-behalen' : 'atteindre-les-objectifs',
    ...(nl ? {} : { translation: { from: 'nl', status: 'translated' as const } }),
    definition: nl ? 'Definitie.' : 'Définition.',
    dimensions: ['A', 'B', 'C'].map((key) => ({
      key,
      name: `${key} naam`,
      description: `${key} beschrijving`,
      indicators: Object.fromEntries(
        ['D', 'C', 'B', 'A'].map((level) => [level, [`${level}${key}1`, `${level}${key}2`]]),
      ),
    })),
    ...overrides,
  };
  return { id: `${locale}/${data.slug}`, filePath: `content/competencies/${locale}/${data.slug}.mdx`, data };
}

export function page(locale: string, key: string, slug: string, order = 1) {
  return {
    id: `${locale}/${slug}`,
    filePath: `content/pages/${locale}/${slug}.mdx`,
    data: { key, slug, title: key, summary: key, order },
  };
}

/** The model above in the site's languages, with these descriptions (by default the one competency in both) and pages. */
export function fixtureCatalog(
  pages: ReturnType<typeof page>[] = [],
  competencies: ReturnType<typeof competency>[] = [competency('nl'), competency('fr')],
) {
  return buildCatalog({ locales: localeCodes, groups, model, levels, competencies, functions: [], pages });
}
