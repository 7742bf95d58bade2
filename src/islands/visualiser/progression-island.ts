import { hydrateWhenNear } from '../shared/hydrate-when-near';

/**
 * Brings the progression view (rendered at build time by ProgressionSection.astro) to life when it
 * comes near: imported by the competency page's own script, so it adds no file of its own to the
 * first load; Preact and the view load only then.
 */
hydrateWhenNear('ProgressionVisualiser', () => import('./ProgressionVisualiser').then((m) => m.hydrateIsland));
