/**
 * Hydrates a server-rendered Preact component when its element comes near the viewport: the
 * `client:visible` of an Astro island without Astro's island runtime (about 2 kB gzip written into
 * every page that has an island) and with its data as plain JSON rather than Astro's wrapped
 * serialisation. The page holds
 *
 *   <div data-island="Name">…the component's server rendering…</div>
 *   <script type="application/json" data-island-props="Name">{…data…}</script>
 *
 * and its page script calls `hydrateWhenNear('Name', (data) => …)`: given the JSON block, `load`
 * brings the component (its module exports a hydrator, island-hydrator.ts) and whatever else it
 * needs, and returns what hydrates the element. All of it loads only then; `data-hydrated` is set
 * on the element once the component has taken it over. If something cannot load, the server's
 * rendering stays, as without JavaScript. This module imports nothing of Preact.
 */
export function hydrateWhenNear<D extends object>(
  name: string,
  load: (data: D) => Promise<(root: HTMLElement) => void>,
  rootMargin = '200px',
): void {
  const root = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
  const propsElement = document.querySelector(`script[data-island-props="${name}"]`);
  if (!root || !propsElement) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      const data = JSON.parse(propsElement.textContent ?? '{}') as D;
      void load(data).then((hydrate) => {
        hydrate(root);
        root.dataset.hydrated = '';
      });
    },
    { rootMargin },
  );
  observer.observe(root);
}
