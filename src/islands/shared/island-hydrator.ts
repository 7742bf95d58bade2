import { h, hydrate, type ComponentType } from 'preact';

/** Hydrates a server-rendered island element with its component and props. */
export type IslandHydrator<P> = (root: HTMLElement, props: P) => void;

/**
 * The hydrator of a component, exported by the component's module (`export const hydrateIsland =
 * islandHydrator(Component)`), so Preact is imported statically where the component is and only the
 * parts of it in use are bundled.
 */
export const islandHydrator =
  <P extends object>(Component: ComponentType<P>): IslandHydrator<P> =>
  (root, props) =>
    hydrate(h(Component, props), root);
