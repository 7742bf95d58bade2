import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionaries, getDictionary } from '../../../i18n';
import { PUBLISHED_STRINGS, STRINGS_PARTS, type StringsPart } from '../../../lib/published-strings';

/** Each part of each language's published strings (src/lib/published-strings.ts), one JSON file. */
export const getStaticPaths: GetStaticPaths = () =>
  dictionaries.flatMap((d) => STRINGS_PARTS.map((part) => ({ params: { locale: d.locale.code, part } })));

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(PUBLISHED_STRINGS[params.part as StringsPart](getDictionary(String(params.locale)))), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
