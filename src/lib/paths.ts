import type { RouteSegments } from '../i18n/types';

/**
 * Site paths without the deployment base: always a leading and a trailing slash, e.g.
 * `/nl/competenties/objectieven-behalen/`. `withBase` adds the base the site is deployed under.
 */
export interface PathContext {
  locale: string;
  routes: RouteSegments;
}

export const homePath = ({ locale }: PathContext) => `/${locale}/`;
export const competencyIndexPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.competencies}/`;
export const competencyPath = (ctx: PathContext, slug: string) => `${competencyIndexPath(ctx)}${slug}/`;
export const levelIndexPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.levels}/`;
export const levelPath = (ctx: PathContext, level: string) => `${levelIndexPath(ctx)}${level.toLowerCase()}/`;
export const functionIndexPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.functions}/`;
export const functionPath = (ctx: PathContext, slug: string) => `${functionIndexPath(ctx)}${slug}/`;
export const contextPagePath = ({ locale }: PathContext, slug: string) => `/${locale}/${slug}/`;
export const notFoundPath = ({ locale }: PathContext) => `/${locale}/404/`;
export const overviewPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.overview}/`;
export const profilePath = ({ locale, routes }: PathContext) => `/${locale}/${routes.profile}/`;
export const searchPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.search}/`;
export const statusPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.status}/`;
/** A page's side-by-side version (every language in aligned columns): the page's path plus a segment. */
export const sideBySidePath = ({ routes }: PathContext, pagePath: string) => `${pagePath}${routes.sideBySide}/`;
export const dataPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.data}/`;
export const selfAssessmentPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.selfAssessment}/`;
export const assessmentGridPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.assessmentGrid}/`;
export const aboutPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.about}/`;
export const accessibilityPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.accessibility}/`;
export const editorsPath = ({ locale, routes }: PathContext) => `/${locale}/${routes.editorsGuide}/`;

/** Prefixes a site path with the base the site is deployed under (`/` or e.g. `/competenties/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmedBase}${path}`;
}

/** Removes the deployment base from a URL path, the inverse of `withBase`. */
export function withoutBase(path: string, base: string = import.meta.env.BASE_URL ?? '/'): string {
  const trimmedBase = base.endsWith('/') ? base.slice(0, -1) : base;
  return trimmedBase && path.startsWith(trimmedBase) ? path.slice(trimmedBase.length) || '/' : path;
}
