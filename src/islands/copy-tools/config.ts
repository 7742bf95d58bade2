import type { BuilderStrings } from '../../i18n/types';
import type { CompetencyEntry, OutputLabels } from '../../lib/profile/data';

/** The builder strings the copy tools show (the dictionary's `builder` section says what each is). */
export type CopyToolsStrings = Pick<
  BuilderStrings,
  | 'copied' | 'copiedPlain' | 'copyFallback' | 'copyFallbackLabel' | 'close' | 'added' | 'levelChanged' | 'removed'
  | 'storedUnreadableOnPage' | 'storageUnavailable' | 'copyIndicator' | 'copyDimension'
>;

/** What a page gives the copy tools (a JSON data block written at build time). */
export interface CopyToolsConfig {
  locale: string;
  /** Every locale, the source first (for the fallback of a missing text). */
  locales: string[];
  /** The competencies on this page, in this page's language. */
  competencies: CompetencyEntry[];
  labels: Record<string, OutputLabels>;
  strings: CopyToolsStrings;
}
