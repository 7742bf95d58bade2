import type { Dictionary } from '../../i18n/types';
import type { Catalog, SourceEntry } from '../catalog';
import type { CompetencyData } from '../../schemas/competency';
import type { Translation } from '../../schemas/translation';
import type { DataFile, EntryFile } from '../../content-tools/content-files';

/**
 * A check of the registry (./index.ts): one kind of problem, its messages and fixes, and the
 * fixtures (tests/fixtures/broken-content/<name>/) that show it. `npm run check`, the build and
 * `npm run dev` run every check of the registry, in its order.
 */
export interface ContentProblem {
  severity: 'error' | 'warning';
  file: string;
  field: string;
  message: string;
  fix: string;
}

export type CollectionKind = 'competencies' | 'functions' | 'pages';

/** An entry of one of the MDX collections, as the checks need it. */
export type CheckedEntry = SourceEntry<{ key: string; slug: string; translation?: Translation | undefined }> & {
  body?: string | undefined;
  /** Line of the file where the body starts. */
  bodyLine?: number | undefined;
};

/** A file that could not be read as an entry, by what could still be read of it. */
export interface RejectedEntry {
  kind: CollectionKind;
  locale: string;
  key: string | undefined;
  slug: string | undefined;
}

export interface CheckedEntries {
  competencies: readonly (SourceEntry<CompetencyData> & CheckedEntry)[];
  functions: readonly CheckedEntry[];
  pages: readonly CheckedEntry[];
  groups?: readonly SourceEntry<unknown>[];
  model?: readonly SourceEntry<unknown>[];
  levels?: readonly SourceEntry<unknown>[];
  rejected?: readonly RejectedEntry[];
  /** What reading each file found (src/content-tools/read-content.ts): for the checks of single files. */
  entryFiles?: readonly EntryFile[];
  dataFiles?: readonly DataFile[];
  unknownPaths?: readonly string[];
}

export type CheckCatalog = Catalog<SourceEntry<CompetencyData> & CheckedEntry, CheckedEntry, CheckedEntry>;

export interface CheckContext {
  catalog: CheckCatalog;
  entries: CheckedEntries;
  /** The site's dictionaries: with them, internal links in bodies are checked against every page. */
  dictionaries?: readonly Dictionary[] | undefined;
}

export interface ContentCheck {
  id: string;
  /** What the check makes sure of, in one sentence. */
  about: string;
  /** Folders of tests/fixtures/broken-content/ that this check must report. */
  fixtures: readonly string[];
  run(context: CheckContext): ContentProblem[];
}

export const fileOf = (entry: SourceEntry<unknown>): string => entry.filePath ?? entry.id;

export const problem =
  (severity: ContentProblem['severity']) =>
  (file: string, field: string, message: string, fix: string): ContentProblem => ({
    severity,
    file,
    field,
    message,
    fix,
  });
export const error = problem('error');
export const warning = problem('warning');

/** `line 12, column 3` of a body, as the field of a problem. */
export const bodyField = (line: number | undefined, column?: number): string =>
  line === undefined || line === 0 ? 'body' : `body, line ${line}${column ? `, column ${column}` : ''}`;
