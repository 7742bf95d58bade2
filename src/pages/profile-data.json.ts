import type { APIRoute } from 'astro';
import { dictionaries } from '../i18n';
import { loadCatalog } from '../lib/load-catalog';
import { buildProfileData } from '../lib/profile/build-data';

/**
 * One static JSON per build with what the profile builder needs (every described competency at
 * every level in every language, the result areas, the output labels), fetched by the builder
 * from the site's own origin instead of being inlined into pages.
 */
export const GET: APIRoute = async () => {
  const data = buildProfileData(await loadCatalog(), dictionaries);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
