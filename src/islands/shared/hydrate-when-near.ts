import type { IslandHydrator } from './island-hydrator';

/**
 * Hydrates a server-rendered Preact component when its element comes near the viewport: the
 * `client:visible` of an Astro island without Astro's island runtime (about 2 kB gzip written into
 * every page that has an island) and with its props as plain JSON rather than Astro's wrapped
 * serialisation. The page holds
 *
 *   <div data-island="Name">…the component's server rendering…</div>
 *   <script type="application/json" data-island-props="Name">{…props…}</script>
 *
 * and its page script calls `hydrateWhenNear('Name', () => import('./Name').then((m) => m.hydrateIsland))`
 * (island-hydrator.ts). Preact and the component load only then; `data-hydrated` is set on the
 * element once they have taken it over. If they cannot load, the server's rendering stays, as
 * without JavaScript. This module imports nothing of Preact.
 */
export function hydrateWhenNear<P extends object>(
  name: string,
  load: () => Promise<IslandHydrator<P>>,
  rootMargin = '200px',
): void {
  const root = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  const propsElement = document.querySelector(`script[data-island-props="${name}"]`);
  if (!root || !propsElement) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      const props = JSON.parse(propsElement.textContent ?? '{}') as P;
      void load().then((hydrateIsland) => {
        hydrateIsland(root, props);
        root.dataset.hydrated = '';
      });
    },
    { rootMargin },
  );
  observer.observe(root);
}
