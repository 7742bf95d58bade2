import type { LevelText } from '../../schemas/level-text';
import { error, fileOf, type ContentCheck, type ContentProblem } from './types';

/** Each described competency agrees with the model: its key, group and core flag, and the model's levels. */
export const competencyModel: ContentCheck = {
  id: 'competency-model',
  about: 'every competency description agrees with the model (key, group, core flag, levels, dimensions)',
  fixtures: [
    'unknown-group',
    'wrong-core-flag',
    'unknown-level',
    'missing-level',
    'duplicate-dimension',
    'unknown-competency',
  ],
  run: ({ catalog, entries }) => {
    const problems: ContentProblem[] = [];
    const levelIds = catalog.levels.map((l) => l.id);
    const groupKeys = catalog.groups.map((g) => g.key);
    const modelByKey = new Map(catalog.competencies.map((c) => [c.key, c]));
    for (const entry of entries.competencies) {
      const add = (field: string, message: string, fix: string) =>
        problems.push(error(fileOf(entry), field, message, fix));
      const data = entry.data;
      const model = modelByKey.get(data.key);
      if (!groupKeys.includes(data.group)) {
        add(
          'group',
          `"${data.group}" is not a group of the model (${groupKeys.join(', ')}).`,
          `Use the id of a group in model/groups.yaml${model ? `: "${model.group}" for this competency` : ''}.`,
        );
      }
      if (!model) {
        add(
          'key',
          `"${data.key}" is not a competency of the model.`,
          `Use the key of a competency in model/competencies.yaml (e.g. "${catalog.competencies[0]?.key ?? 'objectieven-behalen'}"), or add the competency to the model first.`,
        );
        continue;
      }
      if (data.group !== model.group && groupKeys.includes(data.group))
        add(
          'group',
          `"${data.group}" is not the group of "${data.key}" in the model ("${model.group}").`,
          `Set group: "${model.group}".`,
        );
      if (data.core !== model.core)
        add(
          'core',
          `core is ${data.core}, but the model says ${model.core} for "${data.key}".`,
          `Set core: ${model.core}.`,
        );
      const checkVariants = (field: string, value: LevelText) => {
        if (typeof value === 'string' || !value.levels) return;
        for (const level of Object.keys(value.levels).filter((l) => !levelIds.includes(l))) {
          add(
            `${field}.levels.${level}`,
            `"${level}" is not a level of the model (${levelIds.join(', ')}).`,
            `Use one of the levels ${levelIds.join(', ')} or remove this variant.`,
          );
        }
      };
      checkVariants('definition', data.definition);
      const seen = new Set<string>();
      data.dimensions.forEach((dimension, index) => {
        const field = `dimensions[${index}]`;
        if (seen.has(dimension.key))
          add(
            `${field}.key`,
            `dimension "${dimension.key}" appears twice.`,
            'Give each dimension its own key (A, B, C, ...).',
          );
        seen.add(dimension.key);
        checkVariants(`${field}.name`, dimension.name);
        checkVariants(`${field}.description`, dimension.description);
        for (const level of Object.keys(dimension.indicators).filter((l) => !levelIds.includes(l))) {
          add(
            `${field}.indicators.${level}`,
            `"${level}" is not a level of the model (${levelIds.join(', ')}).`,
            `Use one of the levels ${levelIds.join(', ')}.`,
          );
        }
        for (const level of levelIds.filter((l) => !dimension.indicators[l])) {
          add(
            `${field}.indicators.${level}`,
            `dimension "${dimension.key}" has no indicators at level ${level}.`,
            `Add indicators.${level} with the behavioural indicators of level ${level}.`,
          );
        }
      });
    }
    return problems;
  },
};
