import type { SourceEntry } from '../catalog';
import { error, fileOf, type ContentCheck, type ContentProblem } from './types';

/** The model's own consistency: each competency in a known group, every name and summary in every language. */
export const model: ContentCheck = {
  id: 'model',
  about: 'the model files agree with each other and name everything in every language',
  fixtures: ['model-unknown-group', 'model-missing-name'],
  run: ({ catalog, entries }) => {
    const problems: ContentProblem[] = [];
    const groupKeys = catalog.groups.map((g) => g.key);
    const entryOf = (
      list: readonly SourceEntry<unknown>[] | undefined,
      id: string,
      fallback: string,
    ): SourceEntry<unknown> => list?.find((e) => e.id === id) ?? { id: fallback, data: undefined };
    for (const competency of catalog.competencies) {
      if (!groupKeys.includes(competency.group)) {
        problems.push(
          error(
            fileOf(entryOf(entries.model, competency.key, 'model/competencies.yaml')),
            `[id=${competency.key}].group`,
            `"${competency.group}" is not a group of the model (${groupKeys.join(', ')}).`,
            'Use the id of a group in model/groups.yaml, or add the group there.',
          ),
        );
      }
    }
    const texts = [
      {
        list: entries.groups,
        fallback: 'model/groups.yaml',
        field: 'name',
        items: catalog.groups.map((g) => ({ id: g.key, text: g.name })),
      },
      {
        list: entries.model,
        fallback: 'model/competencies.yaml',
        field: 'name',
        items: catalog.competencies.map((c) => ({ id: c.key, text: c.name })),
      },
      {
        list: entries.levels,
        fallback: 'model/levels.yaml',
        field: 'summary',
        items: catalog.levels.map((l) => ({ id: l.id, text: l.summary })),
      },
    ];
    for (const { list, fallback, field, items } of texts) {
      for (const { id, text } of items) {
        for (const locale of catalog.locales.filter((l) => text[l] === undefined)) {
          problems.push(
            error(
              fileOf(entryOf(list, id, fallback)),
              `[id=${id}].${field}.${locale}`,
              `has no text in "${locale}".`,
              `Add the line ${locale}: "..." under ${field}.`,
            ),
          );
        }
      }
    }
    return problems;
  },
};
