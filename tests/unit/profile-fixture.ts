import { dictionaries, localeCodes } from '../../src/i18n';
import { buildCatalog } from '../../src/lib/catalog';
import { buildProfileData } from '../../src/lib/profile/build-data';
import type { CompetencyData } from '../../src/schemas/competency';
import type { FunctionDescriptionData } from '../../src/schemas/function-description';
import { groups, levels, model } from './fixtures';

/** A small, known content for the profile tests: one competency, one function, two languages. */
const texts = {
  nl: {
    name: 'Objectieven behalen',
    slug: 'objectieven-behalen',
    definition: { text: 'Resultaten boeken.', levels: { A: 'Resultaten boeken op lange termijn.' } },
    dims: [
      ['A', 'Kansen benutten', 'kansen herkennen.', ['Herkent kansen.', 'Benut mogelijkheden.']],
      ['B', 'Resultaatgericht', 'resultaten halen.', ['Behaalt resultaten.', 'Reageert op hindernissen.']],
    ],
    fn: {
      title: 'Strategisch manager',
      slug: 'strategisch-manager-a4-a5',
      areas: [
        ['leidinggevende', 'Als leidinggevende', 'de strategie bepalen.'],
        ['coach', 'Als coach', 'de leidinggevenden begeleiden.'],
      ],
    },
  },
  fr: {
    name: 'Atteindre les objectifs',
    slug: 'atteindre-les-objectifs',
    definition: { text: 'Obtenir des résultats.', levels: { A: 'Obtenir des résultats à long terme.' } },
    dims: [
      [
        'A',
        'Saisir les opportunités',
        'reconnaître les opportunités.',
        ['Reconnaît des opportunités.', 'Exploite des possibilités.'],
      ],
      ['B', 'Orientation résultats', 'obtenir des résultats.', ['Obtient des résultats.', 'Réagit aux obstacles.']],
    ],
    fn: {
      title: 'Manager stratégique',
      slug: 'manager-strategique-a4-a5',
      areas: [
        ['leidinggevende', 'En tant que dirigeant', 'définir la stratégie.'],
        ['coach', 'En tant que coach', 'accompagner les dirigeants.'],
      ],
    },
  },
} as const;

function competency(locale: 'nl' | 'fr') {
  const t = texts[locale];
  const data: CompetencyData = {
    key: 'objectieven-behalen',
    group: 'eigen-functioneren',
    core: true,
    name: t.name,
    slug: t.slug,
    definition: { text: t.definition.text, levels: { ...t.definition.levels } },
    dimensions: t.dims.map(([key, name, description, indicators]) => ({
      key,
      name,
      description,
      // Level B has the texts; level A the same with a suffix, so levels can be told apart.
      indicators: { B: [...indicators], A: indicators.map((i) => `${i} (A)`) },
    })),
  };
  return { id: `${locale}/${t.slug}`, data };
}

function func(locale: 'nl' | 'fr') {
  const t = texts[locale].fn;
  const data: FunctionDescriptionData = {
    key: 'strategisch-manager-a4-a5',
    slug: t.slug,
    title: t.title,
    classes: ['A4', 'A5'],
    summary: 's',
    purpose: 'p',
    resultAreas: t.areas.map(([key, role, description]) => ({ key, role, description, optional: false, tasks: ['t'] })),
    criteria: [],
    definitions: [],
  };
  return { id: `${locale}/${t.slug}`, data };
}

export const catalog = buildCatalog({
  locales: localeCodes,
  groups,
  model,
  levels,
  competencies: [competency('nl'), competency('fr')],
  functions: [func('nl'), func('fr')],
  pages: [],
});

export const profileData = buildProfileData(catalog, dictionaries);
