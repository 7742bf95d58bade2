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
const data = (name: keyof typeof DATA_COLLECTIONS) => defineCollection({ loader: dataLoader(name), schema: DATA_COLLECTIONS[name].schema });
const entries = (name: keyof typeof ENTRY_COLLECTIONS) => defineCollection({ loader: entryLoader(name), schema: ENTRY_COLLECTIONS[name].schema });

const problems = defineCollection({
  loader: problemsLoader(),
  schema: z.object({
    problems: z.array(z.object({ severity: z.enum(['error', 'warning']), file: z.string(), field: z.string(), message: z.string(), fix: z.string() })),
  }),
});

export const collections = {
  groups: data('groups'),
  model: data('model'),
  levels: data('levels'),
  competencies: entries('competencies'),
  functions: entries('functions'),
  pages: entries('pages'),
  problems,
};
