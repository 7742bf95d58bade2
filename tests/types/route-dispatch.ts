/**
 * Typed fixture, checked by `npm run typecheck`: the page dispatch is exhaustive. A route kind that
 * reaches `unhandledKind` (a kind without a view) is a type error; a fully narrowed kind is not.
 * The same holds for a dispatch on the resolved route itself (`unhandledRoute`), as the catch-all
 * route (src/pages/[...path].astro) does it.
 */
import type { PageRoute } from '../../src/lib/page-routes';
import { unhandledKind, unhandledRoute, type RouteKind } from '../../src/lib/routes';

export function dispatchWithoutAView(kind: RouteKind): string {
  if (kind === 'home') return 'home view';
  // @ts-expect-error every other kind still reaches the end: each needs a view
  return unhandledKind(kind);
}

export function dispatchOfEveryKind(kind: Extract<RouteKind, 'home' | 'search'>): string {
  if (kind === 'home') return 'home view';
  if (kind === 'search') return 'search view';
  return unhandledKind(kind);
}

type Route = PageRoute<{ data: { name: string } }, unknown, unknown>;

export function routeDispatchWithoutAView(route: Route): string {
  if (route.kind === 'competency') return route.competency.key;
  // @ts-expect-error every other kind of route still reaches the end: each needs a view
  return unhandledRoute(route);
}

export function routeDispatchOfEveryKind(route: Extract<Route, { kind: 'competency' | 'level' }>): string {
  if (route.kind === 'competency') return route.entry.data.name;
  if (route.kind === 'level') return route.level.id;
  return unhandledRoute(route);
}
