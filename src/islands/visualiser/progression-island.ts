import { fetchJson } from '../shared/fetch-json';
import { hydrateWhenNear } from '../shared/hydrate-when-near';
import type { ViewStrings } from './messages';
import type { Props } from './ProgressionVisualiser';

/** What the page carries for the view: its props but the strings, and where the language's strings are. */
export type ProgressionIslandData = Omit<Props, 'labels'> & { labelsUrl: string };

/**
 * Brings the progression view (rendered at build time by ProgressionSection.astro) to life when it
 * comes near: imported by the competency page's own script, so it adds no file of its own to the
 * first load; Preact, the view and the language's strings of the view load only then, together.
 */
hydrateWhenNear<ProgressionIslandData>('ProgressionVisualiser', ({ labelsUrl, ...data }) =>
  Promise.all([import('./ProgressionVisualiser'), fetchJson<ViewStrings>(labelsUrl)]).then(
    ([view, labels]) =>
      (root) =>
        view.hydrateIsland(root, { ...data, labels }),
  ),
);
