/**
 * Typed fixture, checked by `npm run typecheck`: the page dispatch is exhaustive. A route kind that
 * reaches `unhandledKind` (a kind without a view) is a type error; a fully narrowed kind is not.
 */
import { unhandledKind, type RouteKind } from '../../src/lib/routes';

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
