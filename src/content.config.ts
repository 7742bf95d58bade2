import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { DATA_COLLECTIONS, ENTRY_COLLECTIONS } from './content-tools/layout';
import { dataLoader, entryLoader, problemsLoader } from './content-tools/loaders';

/**
 * The site's content collections, as src/content-tools/layout.ts declares them. Their entries
 * come from the content pipeline, which read, validated (with these same schemas) and compiled
 * every file once; the schemas here give the entries their types. `problems` holds what the
 * content checks found, so that a page shows a content error instead of stale content.
 */

const problems = defineCollection({
  loader: problemsLoader(),
  schema: z.object({
    problems: z.array(
      z.object({
        severity: z.enum(['error', 'warning']),
        file: z.string(),
        field: z.string(),
        message: z.string(),
        fix: z.string(),
      }),
    ),
  }),
});

export const collections = {
  groups: defineCollection({ loader: dataLoader('groups'), schema: DATA_COLLECTIONS.groups.schema }),
  model: defineCollection({ loader: dataLoader('model'), schema: DATA_COLLECTIONS.model.schema }),
  levels: defineCollection({ loader: dataLoader('levels'), schema: DATA_COLLECTIONS.levels.schema }),
  competencies: defineCollection({
    loader: entryLoader('competencies'),
    schema: ENTRY_COLLECTIONS.competencies.schema,
  }),
  functions: defineCollection({ loader: entryLoader('functions'), schema: ENTRY_COLLECTIONS.functions.schema }),
  pages: defineCollection({ loader: entryLoader('pages'), schema: ENTRY_COLLECTIONS.pages.schema }),
  problems,
};
