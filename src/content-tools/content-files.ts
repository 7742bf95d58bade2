import type { CompetencyData } from '../schemas/competency';
import type { ContextPageData } from '../schemas/context-page';
import type { FunctionDescriptionData } from '../schemas/function-description';
import type { GroupData, LevelData, ModelCompetencyData, SourceEntry } from '../lib/catalog';
import type { ContentProblem, RejectedEntry } from '../lib/content-problems';
import type { BodyViolation } from './body/rules';
import type { EntryCollection } from './layout';

/**
 * What reading the content folder finds (./read-content.ts): the valid entries for the catalog,
 * and per file the facts the checks of src/lib/checks/ turn into messages.
 */
export interface MdxEntry<T> extends SourceEntry<T> {
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  [key: string]: unknown;
}

/** Where a YAML problem is, in lines of the file. */
export interface YamlFailure {
  reason: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** What reading one entry file found (an MDX file of an entry collection, or a stray file there). */
export interface EntryFile {
  file: string;
  collection: EntryCollection;
  locale: string;
  name: string;
  /** Not an entry file: its extension is not `.mdx` (an upper-case or other extension). */
  stray?: boolean;
  /** Directly in the collection's folder, not in the folder of a language. */
  misplaced?: boolean;
  text: string;
  bom: boolean;
  /** `none`: no `---` at the start; `unclosed`: no closing `---`. */
  frontmatterBlock: 'ok' | 'none' | 'unclosed';
  frontmatterLine: number;
  yamlFailure?: YamlFailure | undefined;
  aliases: YamlFailure[];
  raw?: unknown;
  issues?: readonly SchemaIssue[] | undefined;
  body?: string | undefined;
  bodyLine?: number | undefined;
  bodyViolations: BodyViolation[];
}

/** What reading one model file found. */
export interface DataFile {
  file: string;
  yamlFailure?: YamlFailure | undefined;
  aliases: YamlFailure[];
  notList: boolean;
  items: {
    index: number;
    id: unknown;
    raw: unknown;
    duplicate: boolean;
    issues?: readonly SchemaIssue[] | undefined;
  }[];
}

export interface ContentFiles {
  root: string;
  groups: SourceEntry<GroupData>[];
  model: SourceEntry<ModelCompetencyData>[];
  levels: SourceEntry<LevelData>[];
  competencies: MdxEntry<CompetencyData>[];
  functions: MdxEntry<FunctionDescriptionData>[];
  pages: MdxEntry<ContextPageData>[];
  /** Files that could not be read as entries, by the key they name: their counterparts are not reported missing. */
  rejected: RejectedEntry[];
  entryFiles: EntryFile[];
  dataFiles: DataFile[];
  /** Files and folders of the content folder that are no part of ./layout.ts: they would be ignored. */
  unknownPaths: string[];
  /** Problems of the reading itself (a folder that cannot be read). */
  problems: ContentProblem[];
}
