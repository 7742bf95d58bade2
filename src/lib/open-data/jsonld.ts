import type { Dictionary } from '../../i18n/types';
import type { DatasetCompetency, OpenDataset, Texts } from './dataset';

/**
 * The dictionary as JSON-LD: a SKOS concept scheme whose concepts are also schema.org defined
 * terms. Every `@id` is the absolute URL of the item's place on the site (page and anchor).
 * The context is inline, so a JSON-LD processor needs nothing from the network.
 */
export const JSONLD_CONTEXT = {
  skos: 'http://www.w3.org/2004/02/skos/core#',
  schema: 'https://schema.org/',
  dct: 'http://purl.org/dc/terms/',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  prefLabel: { '@id': 'skos:prefLabel', '@container': '@language' },
  definition: { '@id': 'skos:definition', '@container': '@language' },
  name: { '@id': 'schema:name', '@container': '@language' },
  description: { '@id': 'schema:description', '@container': '@language' },
  notation: 'skos:notation',
  termCode: 'schema:termCode',
  position: { '@id': 'schema:position', '@type': 'xsd:integer' },
  broader: { '@id': 'skos:broader', '@type': '@id' },
  narrower: { '@id': 'skos:narrower', '@type': '@id' },
  related: { '@id': 'skos:related', '@type': '@id' },
  inScheme: { '@id': 'skos:inScheme', '@type': '@id' },
  topConceptOf: { '@id': 'skos:topConceptOf', '@type': '@id' },
  hasTopConcept: { '@id': 'skos:hasTopConcept', '@type': '@id' },
  inDefinedTermSet: { '@id': 'schema:inDefinedTermSet', '@type': '@id' },
  hasDefinedTerm: { '@id': 'schema:hasDefinedTerm', '@type': '@id' },
  url: { '@id': 'schema:url', '@type': '@id' },
  modified: { '@id': 'dct:modified', '@type': 'xsd:date' },
  version: 'schema:version',
} as const;

/** Fills `{name}` placeholders (as src/i18n's `format`, which needs Vite to load). */
const format = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (match, name: string) => values[name] ?? match);

const TERM = ['skos:Concept', 'schema:DefinedTerm'];
export type JsonLdNode = Record<string, unknown>;

export interface JsonLdOptions {
  /** The absolute URL of a site path (origin and deployment base added). */
  absolute: (path: string) => string;
  dictionaries: readonly Dictionary[];
}

/** A language map built from a template per language (the dictionaries' UI strings). */
function labels(dictionaries: readonly Dictionary[], make: (d: Dictionary) => string | undefined): Texts {
  const result: Texts = {};
  for (const d of dictionaries) {
    const value = make(d);
    if (value !== undefined) result[d.locale.code] = value;
  }
  return result;
}

/** The competency's own node, with its place in the scheme (also embedded in its page). */
export function competencyNode(
  competency: DatasetCompetency,
  dataset: OpenDataset,
  { absolute }: JsonLdOptions,
): JsonLdNode {
  const scheme = absolute(dataset.uri);
  return {
    '@id': absolute(competency.uri),
    '@type': TERM,
    prefLabel: competency.name,
    name: competency.name,
    ...(competency.definition ? { definition: competency.definition, description: competency.definition } : {}),
    notation: competency.id,
    termCode: competency.id,
    broader: absolute(dataset.groups.find((g) => g.id === competency.group)?.uri ?? dataset.uri),
    inScheme: scheme,
    inDefinedTermSet: scheme,
    ...(Object.keys(competency.pages).length > 0 ? { url: Object.values(competency.pages).map(absolute) } : {}),
    narrower: [...competency.levels, ...competency.dimensions].map((item) => absolute(item.uri)),
  };
}

/** Every node of the dataset: the scheme, groups, levels, competencies, their levels, dimensions and indicators. */
export function datasetNodes(dataset: OpenDataset, options: JsonLdOptions): JsonLdNode[] {
  const { absolute, dictionaries } = options;
  const scheme = absolute(dataset.uri);
  const inScheme = { inScheme: scheme, inDefinedTermSet: scheme };
  const nodes: JsonLdNode[] = [
    {
      '@id': scheme,
      '@type': ['skos:ConceptScheme', 'schema:DefinedTermSet'],
      prefLabel: dataset.title,
      name: dataset.title,
      hasTopConcept: dataset.groups.map((g) => absolute(g.uri)),
      ...(dataset.version.contentDate ? { modified: dataset.version.contentDate.slice(0, 10) } : {}),
      ...(dataset.version.commit ? { version: dataset.version.commit } : {}),
    },
  ];
  for (const group of dataset.groups) {
    nodes.push({
      '@id': absolute(group.uri),
      '@type': TERM,
      prefLabel: group.name,
      name: group.name,
      notation: group.id,
      termCode: group.id,
      topConceptOf: scheme,
      ...inScheme,
      narrower: group.competencies.map((id) =>
        absolute(dataset.competencies.find((c) => c.id === id)?.uri ?? dataset.uri),
      ),
    });
  }
  for (const level of dataset.levels) {
    nodes.push({
      '@id': absolute(level.uri),
      '@type': TERM,
      notation: level.id,
      termCode: level.id,
      ...inScheme,
      prefLabel: labels(dictionaries, (d) => format(d.ui.levelName, { level: level.code })),
      name: labels(dictionaries, (d) => format(d.ui.levelName, { level: level.code })),
      definition: level.summary,
    });
  }
  for (const competency of dataset.competencies) {
    nodes.push({ ...competencyNode(competency, dataset, options), ...inScheme });
    for (const dimension of competency.dimensions) {
      nodes.push({
        '@id': absolute(dimension.uri),
        '@type': TERM,
        prefLabel: dimension.name,
        name: dimension.name,
        definition: dimension.description,
        notation: dimension.id,
        termCode: dimension.id,
        broader: absolute(competency.uri),
        ...inScheme,
      });
    }
    for (const level of competency.levels) {
      const levelNode = dataset.levels.find((l) => l.code === level.level);
      const label = labels(dictionaries, (d) => {
        const name = competency.name[d.locale.code];
        return name === undefined ? undefined : format(d.builder.competencyAtLevel, { name, level: level.level });
      });
      nodes.push({
        '@id': absolute(level.uri),
        '@type': TERM,
        prefLabel: label,
        name: label,
        definition: level.definition,
        notation: level.id,
        termCode: level.id,
        broader: absolute(competency.uri),
        ...(levelNode ? { related: absolute(levelNode.uri) } : {}),
        ...inScheme,
      });
      for (const cell of level.dimensions) {
        const dimension = competency.dimensions.find((d) => d.key === cell.dimension);
        for (const indicator of cell.indicators) {
          nodes.push({
            '@id': absolute(indicator.uri),
            '@type': TERM,
            prefLabel: indicator.text,
            name: indicator.text,
            notation: indicator.id,
            termCode: indicator.id,
            position: indicator.position,
            broader: [absolute(level.uri), ...(dimension ? [absolute(dimension.uri)] : [])],
            ...inScheme,
          });
        }
      }
    }
  }
  return nodes;
}

/** The whole JSON-LD document. */
export function datasetJsonLd(dataset: OpenDataset, options: JsonLdOptions) {
  return { '@context': JSONLD_CONTEXT, '@graph': datasetNodes(dataset, options) };
}

/** The document embedded in a competency page: its node alone. */
export function competencyJsonLd(competency: DatasetCompetency, dataset: OpenDataset, options: JsonLdOptions) {
  return { '@context': JSONLD_CONTEXT, ...competencyNode(competency, dataset, options) };
}
