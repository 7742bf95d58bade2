import { bodyLinksCheck } from './body-links';
import { bodyRules } from './body-rules';
import { characters } from './characters';
import { competencyModel } from './competency-model';
import { counterparts } from './counterparts';
import { fileNames } from './file-names';
import { folderLanguage } from './folder-language';
import { frontmatterBlock } from './frontmatter-block';
import { model } from './model';
import { pageBody } from './page-body';
import { schema } from './schema';
import { translationBlock } from './translation-block';
import { translationFreshness } from './translation-freshness';
import { translationStructure } from './translation-structure';
import { typography } from './typography';
import { uniqueIds } from './unique-ids';
import { wording } from './wording';
import { yamlAliases } from './yaml-aliases';
import { yamlSyntax } from './yaml-syntax';
import type { ContentCheck } from './types';

/**
 * The registry of content checks, in the order their problems are listed: first what makes a
 * file unreadable, then each file on its own, then the files against the model and each other.
 * `npm run check`, the build and `npm run dev` all run exactly these (src/lib/content-problems.ts).
 */
export const CONTENT_CHECKS: readonly ContentCheck[] = [
  fileNames,
  frontmatterBlock,
  yamlSyntax,
  yamlAliases,
  schema,
  characters,
  bodyRules,
  folderLanguage,
  translationBlock,
  wording,
  typography,
  pageBody,
  bodyLinksCheck,
  uniqueIds,
  counterparts,
  model,
  competencyModel,
  translationStructure,
  translationFreshness,
];
