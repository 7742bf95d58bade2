import { entryLocale } from '../catalog';
import { bodyLinks, checkLink } from '../link-checks';
import { competencyPath, contextPagePath, functionPath } from '../paths';
import { buildRoutes } from '../routes';
import { allEntries } from './folder-language';
import { bodyField, error, fileOf, type CollectionKind, type ContentCheck, type ContentProblem } from './types';

const routeKind: Record<CollectionKind, string> = {
  competencies: 'competency',
  functions: 'function',
  pages: 'context',
};

/** Every link of a body to a page of the site names a page that exists (with its final "/"). */
export const bodyLinksCheck: ContentCheck = {
  id: 'body-links',
  about: 'links in bodies to pages of the site point to pages that exist',
  fixtures: ['broken-link', 'link-without-slash'],
  run: ({ catalog, entries, dictionaries }) => {
    if (!dictionaries) return [];
    const problems: ContentProblem[] = [];
    const routes = buildRoutes(catalog, dictionaries);
    const sitePaths = new Set(routes.map((r) => r.path));
    // A rejected file's page is missing only because of its own error, reported there: links to it are not reported too.
    for (const rejected of entries.rejected ?? []) {
      const dictionary = dictionaries.find((d) => d.locale.code === rejected.locale);
      if (!dictionary || rejected.slug === undefined) continue;
      const ctx = { locale: rejected.locale, routes: dictionary.routes };
      sitePaths.add(
        rejected.kind === 'competencies'
          ? competencyPath(ctx, rejected.slug)
          : rejected.kind === 'functions'
            ? functionPath(ctx, rejected.slug)
            : contextPagePath(ctx, rejected.slug),
      );
    }
    for (const { kind, list } of allEntries(entries)) {
      for (const entry of list) {
        if (!entry.body || !catalog.locales.includes(entryLocale(entry))) continue;
        const locale = entryLocale(entry);
        const own = routes.find((r) => r.kind === routeKind[kind] && r.key === entry.data.key && r.locale === locale);
        for (const link of bodyLinks(entry.body)) {
          const found = checkLink(link.target, own?.path ?? `/${locale}/`, sitePaths);
          const line = entry.bodyLine === undefined ? undefined : entry.bodyLine + link.line - 1;
          if (found) problems.push(error(fileOf(entry), bodyField(line), found.message, found.fix));
        }
      }
    }
    return problems;
  },
};
