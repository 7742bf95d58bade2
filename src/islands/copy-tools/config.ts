import type { BuilderStrings } from '../../i18n/types';
import { textAtLevel } from '../../lib/level-text';
import type { CompetencyEntry, OutputLabels, PerLocale } from '../../lib/profile/data';
import type { LevelText } from '../../schemas/level-text';

/** The builder strings the copy tools show (the dictionary's `builder` section says what each is). */
export type CopyToolsStrings = Pick<
  BuilderStrings,
  | 'copied'
  | 'copiedPlain'
  | 'copyFallback'
  | 'copyFallbackLabel'
  | 'close'
  | 'added'
  | 'levelChanged'
  | 'removed'
  | 'storedUnreadableOnPage'
  | 'storageUnavailable'
  | 'copyIndicator'
  | 'copyDimension'
>;

/**
 * A competency as a page gives it to the copy tools, in the page's language: its texts as the
 * content has them (a level text once, with the levels that word it differently), without the
 * indicators, which the page shows and the copy tools read from it (`expandCompetency`).
 */
export interface PageCompetency {
  key: string;
  /** The name per locale, from the model. */
  name: PerLocale;
  /** The name in the page's language. */
  title: string;
  /** The levels the competency is described at (among the page's). */
  levels: string[];
  definition: LevelText;
  dimensions: { key: string; name: LevelText; description: LevelText }[];
}

/** What a page gives the copy tools (a JSON data block written at build time). */
export interface CopyToolsPageData {
  locale: string;
  /** Every locale, the source first (for the fallback of a missing text). */
  locales: string[];
  competencies: PageCompetency[];
  /** The localStorage key of the kept profile (src/lib/profile/codec.ts). */
  storageKey: string;
  /** The language's CopyToolsTexts (src/lib/published-strings.ts), fetched with the copy actions. */
  textsUrl: string;
  /** Said when the copy actions or their texts cannot be loaded (the next use tries again). */
  unavailable: string;
}

/** The strings of the copy tools and the labels of what they copy: one file per language, not in every page. */
export interface CopyToolsTexts {
  labels: Record<string, OutputLabels>;
  strings: CopyToolsStrings;
}

/** Everything the copy actions work with: the page's data and the language's texts. */
export type CopyToolsConfig = Omit<CopyToolsPageData, 'textsUrl' | 'unavailable'> & CopyToolsTexts;

export interface CopyRequest {
  kind: 'competency' | 'dimension' | 'indicator';
  competency: string;
  level: string;
  dimension?: string;
  /** 1-based position of an indicator. */
  position?: number;
}

/** Fills `{name}` placeholders (the same as the profile formats' `fill`, without loading them). */
export const fillTemplate = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

/** The key of a cell (one dimension of a competency at a level) in `data-copy-cell`. */
export const cellKey = (competency: string, level: string, dimension: string): string =>
  `${competency}|${level}|${dimension}`;

export function parseCellKey(value: string): { competency: string; level: string; dimension: string } {
  const [competency = '', level = '', dimension = ''] = value.split('|');
  return { competency, level, dimension };
}

/**
 * A page competency as the profile formats take it (src/lib/profile/data.ts), in one locale, with
 * each level's own wording and the indicators of each cell (`indicatorsOf(cellKey)`, `[]` when
 * the page lacks the cell).
 */
export function expandCompetency(
  competency: PageCompetency,
  locale: string,
  indicatorsOf: (cell: string) => string[],
): CompetencyEntry {
  const levels: CompetencyEntry['levels'] = {};
  for (const level of competency.levels) {
    levels[level] = {
      [locale]: {
        name: competency.title,
        definition: textAtLevel(competency.definition, level),
        dimensions: competency.dimensions.map((d) => ({
          key: d.key,
          name: textAtLevel(d.name, level),
          description: textAtLevel(d.description, level),
          indicators: indicatorsOf(cellKey(competency.key, level, d.key)),
        })),
      },
    };
  }
  return { key: competency.key, name: { ...competency.name }, levels };
}
