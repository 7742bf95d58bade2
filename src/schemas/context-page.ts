import { z } from 'astro/zod';
import { translationSchema } from './translation';

export const contextPageSchema = z.strictObject({
  key: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens'),
  title: z.string().min(1),
  summary: z.string().min(1),
  order: z.number().int(),
  translation: translationSchema.optional(),
});
export type ContextPageData = z.infer<typeof contextPageSchema>;
