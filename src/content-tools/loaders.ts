import { statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { dictionaries } from '../i18n';
import { contentRoot, type DataCollection, type EntryCollection } from './layout';
import type { CheckResult } from './run-check';
import { refreshedResult, sharedResult } from './shared-result';

/**
 * The loaders of the site's content collections (src/content.config.ts): they take the entries
 * from the content pipeline (./run-check.ts), which has read, validated and compiled every file
 * once, so Astro does not read or validate them a second time. The `problems` collection holds
 * what the checks found: the site stops on an error (src/lib/load-catalog.ts), which `npm run
 * dev` shows in the browser. In `npm run dev` every change in the content folder runs the
 * pipeline again.
 */
// Loaded only when the build integration has not run the pipeline already (astro sync) or a file changed (dev).
const run = (root: string) => async () => (await import('./run-check')).checkContent(root, dictionaries);

type Fill = (result: CheckResult, context: LoaderContext) => void;

function pipelineLoader(name: string, fill: Fill): Loader {
  return {
    name: `content-pipeline-${name}`,
    load: async (context) => {
      const root = contentRoot();
      const sync = (result: CheckResult) => {
        context.store.clear();
        fill(result, context);
      };
      sync(await sharedResult(root, run(root)));
      const watcher = context.watcher;
      if (!watcher) return;
      const folder = resolve(root);
      watcher.add(folder);
      const onChange = (event: string) => async (path: string) => {
        if (!resolve(path).startsWith(folder)) return;
        try {
          const modified = event === 'unlink' ? 'gone' : String(statSync(path, { throwIfNoEntry: false })?.mtimeMs);
          sync(await refreshedResult(root, run(root), `${event}:${path}:${modified}`));
        } catch (error) {
          context.logger.error(`Reading the content failed: ${(error as Error).message}`);
        }
      };
      for (const event of ['change', 'add', 'unlink'] as const) watcher.on(event, onChange(event));
    },
  };
}

/** Model data (one YAML file per collection). */
export const dataLoader = (collection: DataCollection): Loader =>
  pipelineLoader(collection, (result, { store }) => {
    for (const entry of result.files[collection])
      store.set({ id: entry.id, data: entry.data as unknown as Record<string, unknown> });
  });

/** Entries with an MDX body, rendered by Astro from their file (`render(entry)`). */
export const entryLoader = (collection: EntryCollection): Loader =>
  pipelineLoader(collection, (result, { store, config, generateDigest }) => {
    const projectRoot = fileURLToPath(config.root);
    const texts = new Map(result.files.entryFiles.map((f) => [f.file, f.text]));
    for (const entry of result.files[collection]) {
      const filePath = relative(projectRoot, resolve(entry.filePath!)).split('\\').join('/');
      store.set({
        id: entry.id,
        data: entry.data as unknown as Record<string, unknown>,
        body: entry.body,
        filePath,
        digest: generateDigest(texts.get(entry.filePath!) ?? entry.body),
        deferredRender: true,
      });
    }
  });

/** What the checks found (errors and warnings): one entry, `all`, so that the collection is never empty. */
export const problemsLoader = (): Loader =>
  pipelineLoader('problems', (result, { store }) => {
    store.set({ id: 'all', data: { problems: result.problems.map((p) => ({ ...p })) } });
  });
