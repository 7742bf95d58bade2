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
 * The islands of a page: Astro's (`<astro-island>`, hydrated once Astro removes its `ssr`
 * attribute) and the site's own (`[data-island]`, hydrated by src/islands/shared/hydrate-when-near.ts,
 * which sets `data-hydrated`).
 */
const WAITING = 'astro-island[ssr], [data-island]:not([data-hydrated])';

/**
 * Brings every island of the page to life, as a reader scrolling through it would: scrolls each
 * island that is still waiting (`client:visible` or the site's own, when near) into view and waits
 * until no island is left unhydrated.
 */
export async function hydrateIslands(page: Page): Promise<void> {
  // Every island, in page order (a list that does not change as islands hydrate).
  for (const island of await page.locator('astro-island, [data-island]').all()) {
    if (await island.evaluate((element, waiting) => element.matches(waiting), WAITING))
      await island.scrollIntoViewIfNeeded();
  }
  await page.waitForFunction((waiting) => document.querySelectorAll(waiting).length === 0, WAITING);
}

/**
 * The script modules of the page's islands (component and renderer), by island component name.
 * An Astro island names its modules in its attributes; the site's own islands are found by their
 * component's file name (`/_astro/<Name>.<hash>.js`) among the scripts loaded so far, so call this
 * once the islands have hydrated (hydrateIslands).
 */
export async function islandModules(
  page: Page,
): Promise<{ name: string; componentUrl: string; rendererUrl: string | null }[]> {
  return page.evaluate(() => {
    const astroIslands = [...document.querySelectorAll('astro-island')].map((island) => {
      const opts = JSON.parse(island.getAttribute('opts') ?? '{}') as { name?: string };
      const componentUrl = new URL(island.getAttribute('component-url') ?? '', location.href).href;
      const renderer = island.getAttribute('renderer-url');
      return {
        name: opts.name ?? componentUrl,
        componentUrl,
        rendererUrl: renderer ? new URL(renderer, location.href).href : null,
      };
    });
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name);
    const ownIslands = [...document.querySelectorAll<HTMLElement>('[data-island]')].map((island) => {
      const name = island.dataset.island ?? '';
      const componentUrl = loaded.find((url) => {
        const file = new URL(url).pathname.split('/').pop() ?? '';
        return file.startsWith(`${name}.`) && file.endsWith('.js');
      });
      if (!componentUrl) throw new Error(`the island ${name} has not loaded its module (hydrate it first)`);
      return { name, componentUrl, rendererUrl: null };
    });
    return [...astroIslands, ...ownIslands];
  });
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
