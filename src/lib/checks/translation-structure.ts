import type { LevelText } from '../../schemas/level-text';
import { error, fileOf, type ContentCheck, type ContentProblem } from './types';

/** The levels whose wording differs, as a comparable list: `B, C`. */
const variantLevels = (text: LevelText) =>
  typeof text === 'string'
    ? ''
    : Object.keys(text.levels ?? {})
        .sort()
        .join(', ');

/** Every language of a competency has the structure of the source: dimensions, indicators per level, level variants. */
export const translationStructure: ContentCheck = {
  id: 'translation-structure',
  about: 'every translation of a competency has the same dimensions, indicator counts and level variants as its source',
  fixtures: ['dimension-keys-mismatch', 'indicator-count-mismatch', 'variant-mismatch'],
  run: ({ catalog }) => {
    const problems: ContentProblem[] = [];
    const levelIds = catalog.levels.map((l) => l.id);
    const variantFix = 'Give the translation the same level variants (levels:) as the source, each translated.';
    for (const competency of catalog.competencies) {
      const described = Object.values(competency.descriptions);
      const source = described.find((e) => !e.data.translation) ?? described[0];
      if (!source) continue;
      for (const other of described.filter((e) => e !== source)) {
        const add = (field: string, message: string, fix: string) =>
          problems.push(error(fileOf(other), field, message, fix));
        const sourceKeys = source.data.dimensions.map((d) => d.key).join(', ');
        const otherKeys = other.data.dimensions.map((d) => d.key).join(', ');
        if (sourceKeys !== otherKeys) {
          add(
            'dimensions',
            `dimension keys are [${otherKeys}] but ${fileOf(source)} has [${sourceKeys}].`,
            'Give both languages the same dimensions in the same order.',
          );
          continue;
        }
        if (variantLevels(other.data.definition) !== variantLevels(source.data.definition)) {
          add(
            'definition',
            `has level variants [${variantLevels(other.data.definition)}] but ${fileOf(source)} has [${variantLevels(source.data.definition)}].`,
            variantFix,
          );
        }
        other.data.dimensions.forEach((dimension, index) => {
          const sourceDimension = source.data.dimensions[index]!;
          for (const level of levelIds) {
            const count = dimension.indicators[level]?.length ?? 0;
            const sourceCount = sourceDimension.indicators[level]?.length ?? 0;
            if (count !== sourceCount)
              add(
                `dimensions[${index}].indicators.${level}`,
                `${count} indicator(s) but ${fileOf(source)} has ${sourceCount}.`,
                'Translate every indicator: one list item per indicator, in the same order.',
              );
          }
          for (const part of ['name', 'description'] as const) {
            if (variantLevels(dimension[part]) !== variantLevels(sourceDimension[part])) {
              add(
                `dimensions[${index}].${part}`,
                `has level variants [${variantLevels(dimension[part])}] but ${fileOf(source)} has [${variantLevels(sourceDimension[part])}].`,
                variantFix,
              );
            }
          }
        });
      }
    }
    return problems;
  },
};
