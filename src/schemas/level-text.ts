import { z } from 'astro/zod';

/**
 * A text that the source repeats at every level with small wording differences.
 * Either one string (the same at every level) or the wording most levels use (`text`) plus the
 * levels whose wording differs (`levels`, keyed by level id), so nothing the source says is lost.
 */
export const levelTextSchema = z.union([
  z.string().min(1),
  z.strictObject({
    text: z.string().min(1),
    levels: z.record(z.string(), z.string().min(1)).optional(),
    /**
     * Levels whose wording (in `levels`) is a slip of the source kept verbatim, with a note on what
     * it presumably means: shown with [sic], not as a variant wording (src/lib/source-slips.ts).
     */
    sic: z.record(z.string(), z.string().min(1)).optional(),
  }),
]);
export type LevelText = z.infer<typeof levelTextSchema>;
