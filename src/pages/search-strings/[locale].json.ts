import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionaries, getDictionary } from '../../i18n';

/**
 * The search dialog's strings, one JSON per language, fetched by the header's search launcher with
 * the dialog's script (when the reader shows they are about to search), so that pages do not
 * carry them.
 */
export const getStaticPaths: GetStaticPaths = () => dictionaries.map((d) => ({ params: { locale: d.locale.code } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(getDictionary(String(params.locale)).search), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
