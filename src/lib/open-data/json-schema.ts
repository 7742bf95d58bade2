import { DIMENSION_KEY_PATTERN, ID_PATTERN } from '../../schemas/ids';
/**
 * The JSON Schema (draft-07) of the plain JSON file (src/lib/open-data/dataset.ts), published beside
 * it. `id` is where the schema is published (an absolute URL).
 */
export function datasetJsonSchema(id: string) {
  const texts = {
    type: 'object',
    description: 'A text per language, keyed by language code (nl, fr).',
    propertyNames: { pattern: '^[a-z]{2,3}$' },
    additionalProperties: { type: 'string', minLength: 1 },
  };
  const sitePath = {
    type: 'string',
    pattern: '^/[^#\\s]*/(#[A-Za-z0-9-]+)?$',
    description: 'Site path and anchor, without origin.',
  };
  const object = (properties: Record<string, unknown>, description?: string) => ({
    type: 'object',
    ...(description ? { description } : {}),
    required: Object.keys(properties),
    additionalProperties: false,
    properties,
  });
  const indicator = object(
    {
      id: { type: 'string', pattern: '^[a-z0-9-]+/[A-Z]-[A-Z]-[1-9][0-9]*$' },
      uri: sitePath,
      position: { type: 'integer', minimum: 1 },
      text: texts,
    },
    'A behavioural indicator.',
  );
  const cell = object(
    {
      id: { type: 'string' },
      dimension: { type: 'string', pattern: DIMENSION_KEY_PATTERN.source },
      uri: sitePath,
      name: texts,
      description: texts,
      indicators: { type: 'array', items: indicator },
    },
    'A dimension at one level, with the wording of that level.',
  );
  const competencyLevel = object(
    {
      id: { type: 'string' },
      level: { type: 'string' },
      uri: sitePath,
      definition: texts,
      dimensions: { type: 'array', items: cell },
    },
    'A competency at one level.',
  );
  const translation = object({
    from: { type: 'string' },
    status: { enum: ['translated', 'reviewed'] },
    state: { enum: ['current', 'outdated', 'unrecorded', 'no-source'] },
  });
  const competency = object({
    id: { type: 'string', pattern: ID_PATTERN.source },
    group: { type: 'string' },
    order: { type: 'integer' },
    core: { type: 'boolean' },
    described: { type: 'boolean' },
    uri: sitePath,
    name: texts,
    pages: { type: 'object', additionalProperties: sitePath },
    translations: { type: 'object', additionalProperties: translation },
    definition: { oneOf: [texts, { type: 'null' }] },
    dimensions: {
      type: 'array',
      items: object({
        id: { type: 'string' },
        key: { type: 'string', pattern: DIMENSION_KEY_PATTERN.source },
        uri: sitePath,
        name: texts,
        description: texts,
      }),
    },
    levels: { type: 'array', items: competencyLevel },
  });
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: id,
    title: 'Competency dictionary of the Belgian federal government (open data)',
    ...object({
      $schema: { type: 'string' },
      id: { type: 'string' },
      uri: sitePath,
      title: texts,
      version: object({
        contentDate: { type: ['string', 'null'] },
        commit: { type: ['string', 'null'] },
      }),
      sourceLanguage: { type: 'string' },
      languages: { type: 'array', items: { type: 'string' }, minItems: 1 },
      levels: {
        type: 'array',
        items: object({
          id: { type: 'string' },
          code: { type: 'string' },
          order: { type: 'integer' },
          uri: sitePath,
          summary: texts,
        }),
      },
      groups: {
        type: 'array',
        items: object({
          id: { type: 'string' },
          key: { type: 'string' },
          order: { type: 'integer' },
          uri: sitePath,
          name: texts,
          competencies: { type: 'array', items: { type: 'string' } },
        }),
      },
      competencies: { type: 'array', items: competency },
    }),
  };
}
