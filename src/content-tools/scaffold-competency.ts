import { slugify } from '../lib/slug';

/**
 * The files of a competency that the model lists but no file describes yet: one MDX file per
 * language with every required field, and TODO markers where the text goes (which
 * `npm run check` rejects until they are replaced).
 */
export interface ScaffoldModel {
  /** Languages of the site; the first is the source language. */
  locales: readonly string[];
  groups: readonly { id: string; data: { name: Record<string, string> } }[];
  model: readonly { id: string; data: { group: string; core: boolean; name: Record<string, string> } }[];
  levels: readonly string[];
  /** Described competencies: key, language and slug of every existing file. */
  described: readonly { key: string; locale: string; slug: string; file: string }[];
  /** Where the model's competencies are listed, for the messages (default `model/competencies.yaml`). */
  modelFile?: string;
}

export interface ScaffoldRequest {
  /** The competency's name per language; the source language's is required. */
  names: Record<string, string | undefined>;
  group?: string | undefined;
  dimensions?: number | undefined;
  indicators?: number | undefined;
}

export interface ScaffoldFile {
  locale: string;
  path: string;
  content: string;
}

export type ScaffoldPlan =
  { ok: true; key: string; group: string; files: ScaffoldFile[]; notes: string[] } | { ok: false; message: string };

const q = (text: string) => JSON.stringify(text);

/** Finds the model's competency for a source-language name: its key is the slug of that name. */
export function findModelCompetency(model: ScaffoldModel, sourceName: string) {
  const source = model.locales[0]!;
  const key = slugify(sourceName);
  return (
    model.model.find((c) => c.id === key) ??
    model.model.find((c) => (c.data.name[source] ?? '').toLocaleLowerCase() === sourceName.trim().toLocaleLowerCase())
  );
}

export function planCompetency(model: ScaffoldModel, request: ScaffoldRequest): ScaffoldPlan {
  const [source, ...others] = model.locales;
  if (!source) return { ok: false, message: 'The site has no languages.' };
  const sourceName = request.names[source]?.trim();
  if (!sourceName) return { ok: false, message: `Give the ${source} name of the competency (--${source} "...").` };
  const groupIds = model.groups.map((g) => g.id);
  if (request.group !== undefined && !groupIds.includes(request.group)) {
    return {
      ok: false,
      message: `"${request.group}" is not a group of the model. The groups are: ${groupIds.join(', ')} (model/groups.yaml).`,
    };
  }
  const entry = findModelCompetency(model, sourceName);
  if (!entry) {
    const key = slugify(sourceName);
    const group = request.group ?? groupIds[0] ?? 'informatie';
    return {
      ok: false,
      message:
        `"${sourceName}" is not a competency of the model. The model lists every competency first; add it to ` +
        `${model.modelFile ?? 'model/competencies.yaml'} (at its place in the group, with the next order number), then run this command again:\n\n` +
        `- id: ${q(key)}\n  group: ${q(group)}\n  order: ${model.model.filter((c) => c.data.group === group).length + 1}\n  core: false\n  name:\n` +
        model.locales.map((l) => `    ${l}: ${q(request.names[l]?.trim() || `TODO: the ${l} name`)}`).join('\n'),
    };
  }
  const key = entry.id;
  if (request.group !== undefined && request.group !== entry.data.group) {
    return {
      ok: false,
      message: `The model puts "${key}" in the group "${entry.data.group}", not "${request.group}". Use --group ${entry.data.group} (or move it in ${model.modelFile ?? 'model/competencies.yaml'}).`,
    };
  }
  const already = model.described.filter((d) => d.key === key);
  if (already.length > 0) {
    return {
      ok: false,
      message: `"${key}" is already described: ${already.map((d) => d.file).join(', ')}. Edit those files instead.`,
    };
  }
  const notes: string[] = [];
  const names: Record<string, string> = {};
  for (const locale of model.locales) {
    const name = request.names[locale]?.trim() || entry.data.name[locale];
    if (!name) return { ok: false, message: `Give the ${locale} name of the competency (--${locale} "...").` };
    if (entry.data.name[locale] && entry.data.name[locale] !== name) {
      notes.push(
        `The ${locale} name "${name}" differs from the model's "${entry.data.name[locale]}" (${model.modelFile ?? 'model/competencies.yaml'}): make them the same unless the difference is intended.`,
      );
    }
    names[locale] = name;
  }
  const files: ScaffoldFile[] = [];
  for (const locale of model.locales) {
    const slug = slugify(names[locale]!);
    const taken = model.described.find((d) => d.locale === locale && d.slug === slug);
    if (taken)
      return {
        ok: false,
        message: `The ${locale} slug "${slug}" is already used by ${taken.file}: choose another name.`,
      };
    files.push({
      locale,
      path: `competencies/${locale}/${slug}.mdx`,
      content: competencyTemplate({
        key,
        group: entry.data.group,
        core: entry.data.core,
        name: names[locale]!,
        slug,
        translatedFrom: locale === source ? undefined : source,
        levels: model.levels,
        dimensions: request.dimensions ?? 3,
        indicators: request.indicators ?? 2,
      }),
    });
  }
  if (others.length > 0)
    notes.push(
      `After translating, check the ${others.join(', ')} text against the ${source} source and run: npm run translation:accept -- ${key}`,
    );
  return { ok: true, key, group: entry.data.group, files, notes };
}

export function competencyTemplate(options: {
  key: string;
  group: string;
  core: boolean;
  name: string;
  slug: string;
  translatedFrom: string | undefined;
  levels: readonly string[];
  dimensions: number;
  indicators: number;
}): string {
  const { key, group, core, name, slug, translatedFrom, levels } = options;
  const dimensionKeys = Array.from({ length: Math.max(1, Math.min(26, options.dimensions)) }, (_, i) =>
    String.fromCharCode(65 + i),
  );
  const lines = [
    '---',
    '# Scaffolded by "npm run new:competency". Replace every TODO with the text of the source (keep the',
    '# double quotes), add or remove dimensions and indicators as the source has them (the same in every',
    '# language), then run "npm run check". The annotated example is in CONTRIBUTING.md.',
    `key: ${q(key)}`,
    `group: ${q(group)}`,
    `core: ${core}`,
    `name: ${q(name)}`,
    `slug: ${q(slug)}`,
    ...(translatedFrom ? ['translation:', `  from: ${q(translatedFrom)}`, '  status: "translated"'] : []),
    `definition: ${q('TODO: the definition of the competency')}`,
    'dimensions:',
  ];
  for (const dimension of dimensionKeys) {
    lines.push(
      `  - key: ${q(dimension)}`,
      `    name: ${q(`TODO: the name of dimension ${dimension}`)}`,
      `    description: ${q(`TODO: what dimension ${dimension} covers`)}`,
      '    indicators:',
    );
    for (const level of levels) {
      lines.push(`      ${level}:`);
      for (let i = 1; i <= Math.max(1, options.indicators); i++)
        lines.push(`        - ${q(`TODO: indicator ${i} of dimension ${dimension} at level ${level}`)}`);
    }
  }
  lines.push('---', '');
  return lines.join('\n');
}
