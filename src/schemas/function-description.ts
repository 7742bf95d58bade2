import { z } from 'astro/zod';
import { idSchema } from './ids';
import { translationSchema } from './translation';


export const functionDescriptionSchema = z.strictObject({
  key: idSchema,
  slug: idSchema,
  title: z.string().min(1),
  classes: z.array(z.string().min(1)).min(1),
  summary: z.string().min(1),
  translation: translationSchema.optional(),
  purpose: z.string().min(1),
  resultAreas: z
    .array(
      z.strictObject({
        key: idSchema,
        role: z.string().min(1),
        optional: z.boolean().default(false),
        description: z.string().min(1),
        tasks: z.array(z.string().min(1)).min(1),
      }),
    )
    .min(1),
  /** Rows of the distinguishing-criteria table: a label and one cell per class. */
  criteria: z.array(z.object({ key: idSchema, label: z.string().min(1) }).catchall(z.string())).default([]),
  definitions: z.array(z.strictObject({ term: z.string().min(1), definition: z.string().min(1) })).default([]),
  genderNote: z.string().optional(),
});
export type FunctionDescriptionData = z.infer<typeof functionDescriptionSchema>;
