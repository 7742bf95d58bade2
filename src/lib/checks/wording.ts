import { findTextProblems } from '../text-checks';
import { allEntries } from './folder-language';
import { error, fileOf, type ContentCheck } from './types';

/** The wording of every text: written (no placeholder, not empty) and free of what copying from the PDFs leaves behind. */
export const wording: ContentCheck = {
  id: 'wording',
  about: 'texts are written and clean: no placeholders, split words, double spaces or run-together sentences',
  fixtures: ['empty-text', 'placeholder', 'double-space', 'split-word', 'run-together'],
  run: ({ entries }) =>
    allEntries(entries).flatMap(({ list }) =>
      list.flatMap((entry) =>
        findTextProblems(entry.data, entry.body, entry.bodyLine).map((f) =>
          error(fileOf(entry), f.field, f.message, f.fix),
        ),
      ),
    ),
};
