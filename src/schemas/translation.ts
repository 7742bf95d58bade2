import { z } from 'astro/zod';

/**
 * Present on an entry whose text is a translation we wrote (not an official source text).
 * `from` names the language of the source entry with the same key. `sourceHash` records which
 * version of that source entry the translation translates (see src/lib/source-hash.ts); it is
 * written by `npm run translation:accept` after review, never by hand.
 */
export const translationSchema = z.strictObject({
  from: z.string().min(2),
  status: z.enum(['translated', 'reviewed']),
  sourceHash: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'a source hash is 12 hexadecimal digits, written by "npm run translation:accept"')
    .optional(),
});
export type Translation = z.infer<typeof translationSchema>;
