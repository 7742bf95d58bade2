import { z } from 'astro/zod';
import { localizedTextSchema } from './localized-text';

export const groupSchema = z.strictObject({
  order: z.number().int(),
  name: localizedTextSchema,
});

export const modelCompetencySchema = z.strictObject({
  group: z.string().min(1),
  order: z.number().int(),
  core: z.boolean(),
  name: localizedTextSchema,
});

export const levelSchema = z.strictObject({
  order: z.number().int(),
  summary: localizedTextSchema,
});
