import type { APIRoute } from 'astro';
import { dictionaries } from '../../i18n';
import { indicatorTable, toCsv } from '../../lib/open-data/csv';
import { datasetJsonSchema } from '../../lib/open-data/json-schema';
import { datasetJsonLd } from '../../lib/open-data/jsonld';
import { DATA_FILES, absoluteUrl, dataFilePath, loadOpenData } from '../../lib/open-data/load';

/**
 * The dictionary as open data, written at build time from the content (src/lib/open-data/):
 * JSON-LD (SKOS and schema.org), plain JSON with its JSON Schema, and the indicators as CSV with
 * a comma and with a semicolon. The /data/ page of each language explains them.
 */
export function getStaticPaths() {
  return Object.values(DATA_FILES).map((file) => ({ params: { file } }));
}

const TYPES: Record<string, string> = {
  jsonld: 'application/ld+json; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export const GET: APIRoute = async ({ params, site }) => {
  const dataset = await loadOpenData();
  const absolute = (path: string) => absoluteUrl(site, path);
  const schemaUrl = absolute(dataFilePath(DATA_FILES.schema));
  const body = (() => {
    switch (params.file) {
      case DATA_FILES.jsonld:
        return JSON.stringify(datasetJsonLd(dataset, { absolute, dictionaries }), null, 1);
      case DATA_FILES.json:
        return JSON.stringify({ $schema: schemaUrl, ...dataset }, null, 1);
      case DATA_FILES.schema:
        return JSON.stringify(datasetJsonSchema(schemaUrl), null, 2);
      case DATA_FILES.csvComma:
        return toCsv(indicatorTable(dataset), ',');
      case DATA_FILES.csvSemicolon:
        return toCsv(indicatorTable(dataset), ';');
      default:
        throw new Error(`No data file "${params.file}".`);
    }
  })();
  const extension = params.file?.split('.').pop() ?? '';
  return new Response(body, { headers: { 'Content-Type': TYPES[extension] ?? 'application/octet-stream' } });
};
