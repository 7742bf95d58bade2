import { z } from 'astro/zod';

/** A text given in several languages, keyed by locale code (model data: group and competency names). */
export const localizedTextSchema = z.record(z.string(), z.string().min(1));
export type LocalizedText = z.infer<typeof localizedTextSchema>;
