import type { APIRoute, GetStaticPaths } from 'astro';
import { dictionaries } from '../../i18n';
import { loadCatalog } from '../../lib/load-catalog';
import { buildProfileData, profileDataPart } from '../../lib/profile/build-data';

/**
 * The profile builder's data, one static JSON per language (`/profile-data/nl.json`): a page
 * downloads the language it shows the profile in, and another only when the profile needs it.
 * Read them through `loadProfileData` (src/lib/profile/data.ts), which merges the parts.
 */
export const getStaticPaths: GetStaticPaths = () => dictionaries.map((d) => ({ params: { locale: d.locale.code } }));

export const GET: APIRoute = async ({ params }) => {
  const data = buildProfileData(await loadCatalog(), dictionaries);
  const part = profileDataPart(data, String(params.locale));
  return new Response(JSON.stringify(part), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
