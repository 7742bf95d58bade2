import { z } from 'astro/zod';

/**
 * The one definition of the content's ids: keys and slugs of competencies, groups, functions,
 * result areas and pages are lowercase words of letters and digits joined by single hyphens
 * (`in-team-werken`); a dimension key is one capital letter. The schemas, the published JSON
 * Schemas and the checks of imported files all use these.
 */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DIMENSION_KEY_PATTERN = /^[A-Z]$/;

export const idSchema = z.string().regex(ID_PATTERN, 'use lowercase letters, digits and hyphens');
export const dimensionKeySchema = z.string().regex(DIMENSION_KEY_PATTERN, 'a dimension key is one capital letter, e.g. "A"');
