import { z } from 'astro/zod';

/**
 * Present on an entry whose text is a translation we wrote (not an official source text).
 * `from` names the language of the source entry with the same key.
 */
export const translationSchema = z.object({
  from: z.string().min(2),
  status: z.enum(['translated', 'reviewed']),
});
export type Translation = z.infer<typeof translationSchema>;
