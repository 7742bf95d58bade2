import type { BuilderStrings, Dictionary, ProfileOutputStrings } from '../../i18n/types';

/**
 * The builder's strings. The ones its first view needs travel in the page (`EarlyLabels`); the
 * ones of what appears only once something is chosen (item cards, export, notices, conflict,
 * kept copies) are fetched then
 * (`/profile-data/ui-<locale>.json`), so the first load stays small.
 */
const EARLY = [
  'loading',
  'loadFailed',
  'retry',
  'titleLabel',
  'titleHint',
  'competenciesTitle',
  'competencyLabel',
  'levelLabel',
  'add',
  'allAdded',
  'noCompetencies',
  'areasTitle',
  'areasFrom',
  'languageTitle',
  'allLanguages',
  'previewTitle',
  'previewEmpty',
  'itemAdded',
  'areaAdded',
] as const satisfies readonly (keyof BuilderStrings)[];
const EARLY_OUTPUT = [] as const satisfies readonly (keyof ProfileOutputStrings)[];

/** Output strings no panel shows (the exports take them from the data). */
const OUTPUT_NOT_SHOWN = ['sourceLine', 'translationNote'] as const;

/** Every string the builder shows. */
export interface BuilderLabels {
  builder: BuilderStrings;
  output: Omit<ProfileOutputStrings, (typeof OUTPUT_NOT_SHOWN)[number]>;
  /** Template with `{level}`. */
  levelName: string;
  optional: string;
}

/** What the first view needs, in the page. */
export interface EarlyLabels {
  builder: Pick<BuilderStrings, (typeof EARLY)[number]>;
  output: Pick<ProfileOutputStrings, (typeof EARLY_OUTPUT)[number]>;
  levelName: string;
  optional: string;
}

/** The rest, fetched when a later panel is needed. */
export interface LateLabels {
  builder: Omit<BuilderStrings, (typeof EARLY)[number]>;
  output: Omit<ProfileOutputStrings, (typeof EARLY_OUTPUT)[number] | (typeof OUTPUT_NOT_SHOWN)[number]>;
}

const pick = <T extends object, K extends keyof T>(record: T, keys: readonly K[]): Pick<T, K> =>
  Object.fromEntries(keys.map((key) => [key, record[key]])) as Pick<T, K>;
const without = <T extends object, K extends keyof T>(record: T, keys: readonly K[]): Omit<T, K> => {
  const copy = { ...record };
  for (const key of keys) delete copy[key];
  return copy;
};

export function earlyLabels({ builder, profileOutput, ui }: Dictionary): EarlyLabels {
  return {
    builder: pick(builder, EARLY),
    output: pick(profileOutput, EARLY_OUTPUT),
    levelName: ui.levelName,
    optional: ui.optional,
  };
}

export function lateLabels({ builder, profileOutput }: Dictionary): LateLabels {
  return { builder: without(builder, EARLY), output: without(profileOutput, [...EARLY_OUTPUT, ...OUTPUT_NOT_SHOWN]) };
}

/** Where the late strings of a language are published, under the deployment base. */
export const lateLabelsPath = (base: string, locale: string) =>
  `${base.replace(/\/?$/, '/')}profile-data/ui-${locale}.json`;

export function allLabels(early: EarlyLabels, late: LateLabels): BuilderLabels {
  return { ...early, builder: { ...late.builder, ...early.builder }, output: { ...late.output, ...early.output } };
}
