import { error, fileOf, type ContentCheck } from './types';

/** A context page is its body: it must have one. */
export const pageBody: ContentCheck = {
  id: 'page-body',
  about: 'every context page has text after its frontmatter',
  fixtures: ['empty-page-body'],
  run: ({ entries }) =>
    entries.pages
      .filter((e) => (e.body ?? '').trim() === '')
      .map((e) =>
        error(
          fileOf(e),
          'body',
          'the page has no text after the frontmatter.',
          'Write the text of the page below the closing "---" line.',
        ),
      ),
};
