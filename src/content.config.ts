import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { competencySchema } from './schemas/competency';
import { contextPageSchema } from './schemas/context-page';
import { functionDescriptionSchema } from './schemas/function-description';
import { groupSchema, levelSchema, modelCompetencySchema } from './schemas/model';

/** The model itself (data): groups, the competencies of each group, the levels. */
const groups = defineCollection({ loader: file('content/model/groups.yaml'), schema: groupSchema });
const model = defineCollection({ loader: file('content/model/competencies.yaml'), schema: modelCompetencySchema });
const levels = defineCollection({ loader: file('content/model/levels.yaml'), schema: levelSchema });

/**
 * Descriptions, one MDX file per entry per language: `content/<collection>/<locale>/<file>.mdx`.
 * The entry id is that path (`nl/objectieven-behalen`): its first segment is the language.
 */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');
const competencies = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: 'content/competencies', generateId: byPath }),
  schema: competencySchema,
});
const functions = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: 'content/functions', generateId: byPath }),
  schema: functionDescriptionSchema,
});
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: 'content/pages', generateId: byPath }),
  schema: contextPageSchema,
});

export const collections = { groups, model, levels, competencies, functions, pages };
