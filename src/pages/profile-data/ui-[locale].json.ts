import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionaries, getDictionary } from '../../i18n';
import { lateLabels } from '../../islands/profile-builder/types';

/**
 * The profile builder's strings that its first view does not need (export, notices, kept copies),
 * one JSON per language, fetched by the builder when it shows one of those panels.
 */
export const getStaticPaths: GetStaticPaths = () => dictionaries.map((d) => ({ params: { locale: d.locale.code } }));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(lateLabels(getDictionary(String(params.locale)))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
