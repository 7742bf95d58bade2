import { defineMiddleware } from 'astro:middleware';
import { getDictionary } from './i18n';
import { pageLocale } from './lib/page-locale';

/**
 * The page's language and its strings, once per request (and once per page in the static build,
 * where Astro runs the middleware for every prerendered page): components and views read
 * `Astro.locals.locale` and `Astro.locals.dictionary` instead of receiving them through every level.
 * The language is the first segment of the path; the root pages (the language chooser, the host's
 * 404 page) are bilingual and get the source language, which they do not use.
 */
export const onRequest = defineMiddleware((context, next) => {
  const locale = pageLocale(context.url);
  context.locals.locale = locale;
  context.locals.dictionary = getDictionary(locale);
  return next();
});
