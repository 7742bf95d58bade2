import { competencySchema } from '../schemas/competency';
import { contextPageSchema } from '../schemas/context-page';
import { functionDescriptionSchema } from '../schemas/function-description';
import { groupSchema, levelSchema, modelCompetencySchema } from '../schemas/model';

/**
 * Where content lives and how each collection is read: the one declaration that the site's
 * content collections (src/content.config.ts), `npm run check`, the editors' commands and the
 * tests all use. The languages are the site's (one dictionary per language in src/i18n/locales/):
 * an entry collection has one folder per language.
 */

/** The content folder: `content/`, or CONTENT_DIR (relative to the project or absolute), e.g. a copy in a test. */
export const contentRoot = (): string => (process.env.CONTENT_DIR ?? 'content').replace(/\/+$/, '');

/** Model data: one YAML file each, a list of entries with an `id`. */
export const DATA_COLLECTIONS = {
  groups: { file: 'model/groups.yaml', schema: groupSchema },
  model: { file: 'model/competencies.yaml', schema: modelCompetencySchema },
  levels: { file: 'model/levels.yaml', schema: levelSchema },
} as const;

/** Descriptions: `<collection>/<language>/<slug>.mdx`, one file per entry per language; the id is `<language>/<slug>`. */
export const ENTRY_COLLECTIONS = {
  competencies: { folder: 'competencies', schema: competencySchema },
  functions: { folder: 'functions', schema: functionDescriptionSchema },
  pages: { folder: 'pages', schema: contextPageSchema },
} as const;

/** The only file extension of an entry; any other file in an entry folder is reported, not ignored. */
export const ENTRY_EXTENSION = '.mdx';

export type DataCollection = keyof typeof DATA_COLLECTIONS;
export type EntryCollection = keyof typeof ENTRY_COLLECTIONS;
export const ENTRY_COLLECTION_NAMES = Object.keys(ENTRY_COLLECTIONS) as EntryCollection[];
