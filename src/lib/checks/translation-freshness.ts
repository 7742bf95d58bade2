import { translationRows } from '../translation-status';
import { fileOf, warning, type ContentCheck } from './types';

/** Translations that do not (or no longer) say which version of the source they translate: warnings, not errors. */
export const translationFreshness: ContentCheck = {
  id: 'translation-freshness',
  about:
    'every translation records the version of the source it translates, and that version is the current one (warnings)',
  fixtures: ['outdated-translation'],
  run: ({ catalog }) =>
    translationRows(catalog).flatMap((row) => {
      if (row.state === 'outdated') {
        return [
          warning(
            fileOf(row.entry),
            'translation.sourceHash',
            `${fileOf(row.source!)} has changed since this translation was accepted (recorded ${row.recorded}, now ${row.current}): the translation is to be updated.`,
            `Update the translation, then run: npm run translation:accept -- ${fileOf(row.entry)}`,
          ),
        ];
      }
      if (row.state === 'unrecorded') {
        return [
          warning(
            fileOf(row.entry),
            'translation.sourceHash',
            `does not record which version of ${fileOf(row.source!)} it translates.`,
            `After checking the translation against the source, run: npm run translation:accept -- ${fileOf(row.entry)}`,
          ),
        ];
      }
      return [];
    }),
};
