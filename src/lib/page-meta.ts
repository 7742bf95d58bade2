import type { Dictionary } from '../i18n/types';
import { format } from '../i18n';
import type { CompetencyData } from '../schemas/competency';
import type { ContextPageData } from '../schemas/context-page';
import type { FunctionDescriptionData } from '../schemas/function-description';
import type { Catalog } from './catalog';
import { canonicalText } from './level-text';
import * as paths from './paths';
import type { SiteRoute } from './routes';

export interface PageMeta {
  title: string;
  description: string;
  /** The navigation entry the page belongs to. */
  section: string;
}

type Entry<T> = { data: T };

/** Title, meta description and navigation section of a page. */
export function pageMeta(
  route: SiteRoute,
  catalog: Catalog<Entry<CompetencyData>, Entry<FunctionDescriptionData>, Entry<ContextPageData>>,
  dictionary: Dictionary,
): PageMeta {
  const { ui, routes } = dictionary;
  const ctx = { locale: route.locale, routes };
  const locale = route.locale;
  switch (route.kind) {
    case 'home':
      return { title: ui.siteTitle, description: ui.siteTagline, section: paths.homePath(ctx) };
    case 'competency-index':
      return {
        title: ui.competencyIndexTitle,
        description: ui.competencyIndexIntro,
        section: paths.competencyIndexPath(ctx),
      };
    case 'competency': {
      const data = catalog.competencies.find((c) => c.key === route.key)?.descriptions[locale]?.data;
      return {
        title: data?.name ?? route.key,
        description: data ? canonicalText(data.definition) : '',
        section: paths.competencyIndexPath(ctx),
      };
    }
    case 'level-index':
      return { title: ui.levelsIndexTitle, description: ui.levelsIndexIntro, section: paths.levelIndexPath(ctx) };
    case 'level': {
      const level = catalog.levels.find((l) => l.id === route.key);
      return {
        title: format(ui.levelPageTitle, { level: route.key }),
        description: `${level?.summary[locale] ?? ''} ${ui.levelPageIntro}`.trim(),
        section: paths.levelIndexPath(ctx),
      };
    }
    case 'function-index':
      return { title: ui.functionsTitle, description: ui.functionsTitle, section: paths.functionIndexPath(ctx) };
    case 'function': {
      const data = catalog.functions.get(route.key)?.[locale]?.data;
      return {
        title: data ? `${data.title} (${data.classes.join('/')})` : route.key,
        description: data?.summary ?? '',
        section: paths.functionIndexPath(ctx),
      };
    }
    case 'context': {
      const data = catalog.pages.get(route.key)?.[locale]?.data;
      return { title: data?.title ?? route.key, description: data?.summary ?? '', section: '' };
    }
    case 'overview':
      return { title: ui.overviewTitle, description: ui.overviewTitle, section: paths.overviewPath(ctx) };
    case 'profile':
      return { title: ui.profileTitle, description: ui.profileTitle, section: paths.profilePath(ctx) };
    case 'search':
      return { title: ui.searchTitle, description: ui.searchTitle, section: '' };
    case 'status':
      return { title: ui.statusTitle, description: ui.statusTitle, section: '' };
    case 'self-assessment':
      return { title: dictionary.selfAssessment.title, description: dictionary.selfAssessment.intro, section: '' };
    case 'about':
      return { title: dictionary.reader.aboutTitle, description: dictionary.reader.aboutIntro, section: '' };
    case 'accessibility':
      return { title: dictionary.reader.a11yTitle, description: dictionary.reader.a11yIntro, section: '' };
    case 'editors':
      return { title: dictionary.reader.editorsTitle, description: dictionary.reader.editorsIntro, section: '' };
    case 'not-found':
      return { title: ui.notFoundTitle, description: ui.notFoundText, section: '' };
    case 'competency-side-by-side':
    case 'level-side-by-side':
    case 'function-side-by-side': {
      const one = pageMeta(
        { ...route, kind: route.kind.replace('-side-by-side', '') as SiteRoute['kind'] },
        catalog,
        dictionary,
      );
      return { ...one, title: format(dictionary.sideBySide.pageTitle, { title: one.title }) };
    }
    case 'data':
      return { title: dictionary.openData.title, description: dictionary.openData.intro, section: '' };
    case 'assessment-grid':
      return {
        title: dictionary.assessmentGrid.title,
        description: dictionary.assessmentGrid.intro,
        section: paths.profilePath(ctx),
      };
  }
}
