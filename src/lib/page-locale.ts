import { localeCodes, sourceLocale } from '../i18n';
import { withoutBase } from './paths';

/**
 * The language of a page: the first segment of its path after the deployment base. The root pages
 * (the language chooser, the host's 404 page) have none: they get the source language.
 */
export function pageLocale(url: URL, base?: string): string {
  const first = withoutBase(url.pathname, base).split('/')[1] ?? '';
  return localeCodes.includes(first) ? first : sourceLocale;
}
