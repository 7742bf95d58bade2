import { localeCodes, sourceLocale } from '../../i18n';
import { withoutBase } from '../../lib/paths';

/** The language of the page a content component is rendered on: the first segment of its path. */
export function pageLocale(url: URL): string {
  const first = withoutBase(url.pathname).split('/')[1] ?? '';
  return localeCodes.includes(first) ? first : sourceLocale;
}
