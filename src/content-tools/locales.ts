import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Dictionary } from '../i18n/types';

/**
 * The site's languages outside Vite (where `import.meta.glob` is not available): every
 * dictionary in src/i18n/locales/, in `order`. The site itself uses src/i18n/index.ts.
 */
export async function loadDictionaries(
  dir = fileURLToPath(new URL('../i18n/locales/', import.meta.url)),
): Promise<Dictionary[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort();
  const modules = await Promise.all(
    files.map((f) => import(pathToFileURL(resolve(join(dir, f))).href) as Promise<{ default: Dictionary }>),
  );
  return modules.map((m) => m.default).sort((a, b) => a.locale.order - b.locale.order);
}
