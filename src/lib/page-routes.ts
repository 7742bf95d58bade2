import type { Dictionary } from '../i18n/types';
import type { CompetencyData } from '../schemas/competency';
import type { ContextPageData } from '../schemas/context-page';
import type { FunctionDescriptionData } from '../schemas/function-description';
import { breadcrumbs, type Crumb } from './breadcrumbs';
import type { Catalog, Competency, Group, Level } from './catalog';
import { pageMeta, type PageMeta } from './page-meta';
import {
  alternatesOf,
  buildRoutes,
  sideBySideCounterpart,
  SIDE_BY_SIDE_KINDS,
  type Alternate,
  type RouteKind,
  type SiteRoute,
} from './routes';
import { searchFacets, type SearchFacets } from './search-facets';
import { sideBySideColumns, type Column } from './side-by-side';

/**
 * A page of the site with everything its view needs, resolved once where the routes are built:
 * the view of a kind receives `RouteOf<kind>` and reads its fields (no lookup by key, no `!`).
 */

/** A described competency with its description in the page's language. */
export interface Described<C> {
  competency: Competency<C>;
  entry: C;
}

/** What each kind of page carries besides the fields every page has; kinds not listed carry nothing more. */
export interface RouteFields<C, F, P> {
  competency: Described<C> & { group: Group<C> };
  /** `columns` (the page's language first) and `entries` are aligned: one entry per column. */
  'competency-side-by-side': Described<C> & { group: Group<C>; columns: Column[]; entries: C[] };
  level: { level: Level; competencies: Described<C>[] };
  'level-side-by-side': { level: Level; competencies: Described<C>[]; columns: Column[] };
  function: { entry: F };
  'function-side-by-side': { entry: F; columns: Column[]; entries: F[] };
  context: { entry: P };
}

/** The other reading of a page that has two: its side-by-side version, or the page in one language. */
export interface Counterpart {
  path: string;
  /** Whether the page itself is the side-by-side reading (the toggle then leads back to one language). */
  fromSideBySide: boolean;
}

/**
 * What every page carries: its place (kind, key, locale, path), its languages, title, breadcrumb
 * trail, other reading and search facets.
 */
export interface RouteCommon<K extends RouteKind> extends Omit<SiteRoute, 'kind'> {
  kind: K;
  /** The same page in every language that has it, its own language included. */
  alternates: Alternate[];
  meta: PageMeta;
  /** The links above the title, from the section down to the page's parent (none on most pages). */
  breadcrumbs: Crumb[];
  /** Where the side-by-side toggle leads, on pages that have a side-by-side reading. */
  counterpart: Counterpart | undefined;
  search: SearchFacets;
}

type FieldsOf<K extends RouteKind, C, F, P> = K extends keyof RouteFields<C, F, P> ? RouteFields<C, F, P>[K] : unknown;

/** A resolved page, discriminated by its kind. */
export type PageRoute<C, F, P> = { [K in RouteKind]: RouteCommon<K> & FieldsOf<K, C, F, P> }[RouteKind];

type Entry<T> = { data: T };

/** Every page of the site with its data (the same pages, in the same order, as `buildRoutes`). */
export function resolveRoutes<
  C extends Entry<CompetencyData>,
  F extends Entry<FunctionDescriptionData>,
  P extends Entry<ContextPageData>,
>(catalog: Catalog<C, F, P>, dictionaries: readonly Dictionary[]): PageRoute<C, F, P>[] {
  const routes = buildRoutes(catalog, dictionaries);
  return routes.map((route) => resolveRoute(route, routes, catalog, dictionaries));
}

function resolveRoute<
  C extends Entry<CompetencyData>,
  F extends Entry<FunctionDescriptionData>,
  P extends Entry<ContextPageData>,
>(
  route: SiteRoute,
  routes: readonly SiteRoute[],
  catalog: Catalog<C, F, P>,
  dictionaries: readonly Dictionary[],
): PageRoute<C, F, P> {
  const { locale, key } = route;
  const dictionary = found(
    dictionaries.find((d) => d.locale.code === locale),
    `dictionary "${locale}"`,
  );
  const other = sideBySideCounterpart(route, routes);
  const common = {
    key,
    locale,
    path: route.path,
    alternates: alternatesOf(route, routes),
    meta: pageMeta(route, catalog, dictionary),
    breadcrumbs: breadcrumbs(route, catalog, dictionary),
    counterpart: other && { path: other.path, fromSideBySide: !(route.kind in SIDE_BY_SIDE_KINDS) },
    search: searchFacets(route, catalog, dictionary),
  };
  const described = (): Described<C> & { group: Group<C> } => {
    const competency = found(
      catalog.competencies.find((c) => c.key === key),
      `competency "${key}"`,
    );
    return {
      competency,
      entry: found(competency.descriptions[locale], `description of "${key}" in ${locale}`),
      group: found(
        catalog.groups.find((g) => g.key === competency.group),
        `group "${competency.group}"`,
      ),
    };
  };
  const atLevel = () => ({
    level: found(
      catalog.levels.find((l) => l.id === key),
      `level "${key}"`,
    ),
    competencies: describedIn(catalog, locale),
  });
  const functionEntries = () => found(catalog.functions.get(key), `function "${key}"`);
  switch (route.kind) {
    case 'competency':
      return { ...common, kind: route.kind, ...described() };
    case 'competency-side-by-side': {
      const own = described();
      const columns = sideBySideColumns(locale, dictionaries).flatMap((column) => {
        const entry = own.competency.descriptions[column.locale];
        return entry ? [{ column, entry }] : [];
      });
      return {
        ...common,
        kind: route.kind,
        ...own,
        columns: columns.map((c) => c.column),
        entries: columns.map((c) => c.entry),
      };
    }
    case 'level':
      return { ...common, kind: route.kind, ...atLevel() };
    case 'level-side-by-side':
      return { ...common, kind: route.kind, ...atLevel(), columns: sideBySideColumns(locale, dictionaries) };
    case 'function':
      return { ...common, kind: route.kind, entry: found(functionEntries()[locale], `function "${key}" in ${locale}`) };
    case 'function-side-by-side': {
      const byLocale = functionEntries();
      const columns = sideBySideColumns(locale, dictionaries).flatMap((column) => {
        const entry = byLocale[column.locale];
        return entry ? [{ column, entry }] : [];
      });
      return {
        ...common,
        kind: route.kind,
        entry: found(byLocale[locale], `function "${key}" in ${locale}`),
        columns: columns.map((c) => c.column),
        entries: columns.map((c) => c.entry),
      };
    }
    case 'context':
      return {
        ...common,
        kind: route.kind,
        entry: found(catalog.pages.get(key)?.[locale], `context page "${key}" in ${locale}`),
      };
    default:
      return { ...common, kind: route.kind };
  }
}

/** The described competencies that have a description in one language, in the model's order. */
function describedIn<C>(catalog: Catalog<C, unknown, unknown>, locale: string): Described<C>[] {
  return catalog.competencies.flatMap((competency) => {
    const entry = competency.descriptions[locale];
    return entry ? [{ competency, entry }] : [];
  });
}

/** The routes are built from the catalog, so what a route names is in it; if not, the build stops here. */
function found<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`A route names ${what}, which the catalog does not have.`);
  return value;
}
