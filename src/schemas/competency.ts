import { z } from 'astro/zod';
import { levelTextSchema } from './level-text';
import { dimensionKeySchema, idSchema } from './ids';
import { translationSchema } from './translation';


export const dimensionSchema = z.strictObject({
  /** Dimension key, e.g. `A`; the same in every language and at every level. */
  key: dimensionKeySchema,
  name: levelTextSchema,
  description: levelTextSchema,
  /** Behavioural indicators per level id, in the source's order. */
  indicators: z.record(z.string(), z.array(z.string().min(1)).min(1)),
});

/** Frontmatter of a described competency, one MDX file per competency per language. */
export const competencySchema = z.strictObject({
  key: idSchema,
  group: idSchema,
  core: z.boolean(),
  name: z.string().min(1),
  slug: idSchema,
  /** Earlier slugs of the entry, whose addresses must keep working (a redirect page is generated for each). */
  formerSlugs: z.array(idSchema).optional(),
  translation: translationSchema.optional(),
  definition: levelTextSchema,
  dimensions: z.array(dimensionSchema).min(1),
});
export type CompetencyData = z.infer<typeof competencySchema>;
export type Dimension = z.infer<typeof dimensionSchema>;
