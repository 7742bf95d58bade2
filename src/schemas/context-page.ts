import { z } from 'astro/zod';
import { idSchema } from './ids';
import { translationSchema } from './translation';

export const contextPageSchema = z.strictObject({
  key: idSchema,
  slug: idSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().int(),
  translation: translationSchema.optional(),
});
export type ContextPageData = z.infer<typeof contextPageSchema>;
