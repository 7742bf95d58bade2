import { dictionaries } from '../../i18n';
import { loadCatalog } from '../load-catalog';
import { withBase } from '../paths';
import type { OpenDataset } from './dataset';
import { siteDataset } from './site-dataset';
import { contentVersion } from './version';

/** The open dataset of this build, computed once (the data files and every competency page use it). */
let cached: Promise<OpenDataset> | undefined;
export function loadOpenData(): Promise<OpenDataset> {
  cached ??= loadCatalog().then((catalog) => siteDataset(catalog, dictionaries, contentVersion()));
  return cached;
}

/** The absolute URL of a site path on the deployed site (origin and base). */
export function absoluteUrl(site: URL | undefined, path: string): string {
  return new URL(withBase(path), site ?? 'http://localhost/').href;
}

/** The data files, by name under `/data/` (language-neutral). */
export const DATA_FILES = {
  jsonld: 'dictionary.jsonld',
  json: 'dictionary.json',
  schema: 'dictionary.schema.json',
  csvComma: 'indicators.csv',
  csvSemicolon: 'indicators-semicolon.csv',
} as const;
export const dataFilePath = (name: string) => `/data/${name}`;
