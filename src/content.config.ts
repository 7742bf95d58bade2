import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { competencySchema } from './schemas/competency';
import { contextPageSchema } from './schemas/context-page';
import { functionDescriptionSchema } from './schemas/function-description';
import { groupSchema, levelSchema, modelCompetencySchema } from './schemas/model';

/**
 * The content folder: `content/`, or the folder named by CONTENT_DIR (relative to the project or
 * absolute), e.g. to build the site from a copy of the content in a test.
 */
const root = (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

/** The model itself (data): groups, the competencies of each group, the levels. */
const groups = defineCollection({ loader: file(`${root}/model/groups.yaml`), schema: groupSchema });
const model = defineCollection({ loader: file(`${root}/model/competencies.yaml`), schema: modelCompetencySchema });
const levels = defineCollection({ loader: file(`${root}/model/levels.yaml`), schema: levelSchema });

/**
 * Descriptions, one MDX file per entry per language: `<content>/<collection>/<locale>/<file>.mdx`.
 * The entry id is that path (`nl/objectieven-behalen`): its first segment is the language.
 */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.mdx$/, '');
const competencies = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/competencies`, generateId: byPath }),
  schema: competencySchema,
});
const functions = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/functions`, generateId: byPath }),
  schema: functionDescriptionSchema,
});
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/pages`, generateId: byPath }),
  schema: contextPageSchema,
});

export const collections = { groups, model, levels, competencies, functions, pages };
