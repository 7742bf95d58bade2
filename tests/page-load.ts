import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/**
 * What a page downloads, seen from the browser: shared by the byte-budget tests
 * (tests/e2e/budgets.spec.ts) and the benchmark (scripts/bench/), so both count the same way.
 */
export interface LoadedResource {
  url: string;
  /** Chromium's resource type: document, stylesheet, script, font, image, fetch, ... */
  type: string;
  /** The body as the page received it, decoded (what a server would compress). */
  body: Buffer;
}

/** Size of `body` compressed with gzip at zlib's default level, as a web server typically sends it. */
export const gzipSize = (body: Buffer): number => gzipSync(body).length;

/** Starts recording every response of `page`; `collect()` returns them once their bodies have arrived. */
export function recordResponses(page: Page): { collect: () => Promise<LoadedResource[]>; urls: () => string[] } {
  const pending: Promise<LoadedResource | undefined>[] = [];
  const urls: string[] = [];
  page.on('response', (response) => {
    urls.push(response.url());
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), type: response.request().resourceType(), body }),
        () => undefined, // a redirect or an aborted request has no body
      ),
    );
  });
  return {
    urls: () => [...urls],
    collect: async () => (await Promise.all(pending)).filter((r): r is LoadedResource => r !== undefined),
  };
}

/**
 * Brings every island of the page to life, as a reader scrolling through it would: scrolls each
 * island that is still waiting (`client:visible`) into view and waits until no island is left
 * unhydrated (Astro removes an island's `ssr` attribute once it has hydrated).
 */
export async function hydrateIslands(page: Page): Promise<void> {
  // Every island, in page order (a list that does not change as islands hydrate).
  for (const island of await page.locator('astro-island').all()) {
    if ((await island.getAttribute('ssr')) !== null) await island.scrollIntoViewIfNeeded();
  }
  await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
}

/** The script modules of the page's islands (component and renderer), by island component name. */
export async function islandModules(
  page: Page,
): Promise<{ name: string; componentUrl: string; rendererUrl: string | null }[]> {
  return page.locator('astro-island').evaluateAll((islands) =>
    islands.map((island) => {
      const opts = JSON.parse(island.getAttribute('opts') ?? '{}') as { name?: string };
      const componentUrl = new URL(island.getAttribute('component-url') ?? '', location.href).href;
      const renderer = island.getAttribute('renderer-url');
      return {
        name: opts.name ?? componentUrl,
        componentUrl,
        rendererUrl: renderer ? new URL(renderer, location.href).href : null,
      };
    }),
  );
}

/**
 * Every script that the given modules load, imported into an empty document
 * of the site's origin (a fresh page, so nothing is cached): a module with all its imports.
 */
export async function moduleGraph(
  page: Page,
  origin: string,
  moduleUrls: readonly string[],
): Promise<LoadedResource[]> {
  const probe = new URL('/__module-graph-probe__/', origin).href;
  await page.route(probe, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><html lang="en"><title>probe</title></html>' }),
  );
  await page.goto(probe);
  const recorder = recordResponses(page);
  // A string, so that no bundler or test transform rewrites the dynamic import.
  await page.evaluate(`Promise.all(${JSON.stringify(moduleUrls)}.map((url) => import(url))).then(() => true)`);
  return (await recorder.collect()).filter((r) => r.type === 'script');
}

export const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0);
