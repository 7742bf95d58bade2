import type { BuilderStrings } from '../../i18n/types';

/** The strings the builder shows: its own section of the dictionary and a few shared ones. */
export interface BuilderLabels {
  builder: BuilderStrings;
  /** Template with `{level}`. */
  levelName: string;
  optional: string;
  labelled: string;
}
