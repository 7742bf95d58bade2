import type { CompetencyData } from '../schemas/competency';
import type { ContextPageData } from '../schemas/context-page';
import type { FunctionDescriptionData } from '../schemas/function-description';
import type { LocalizedText } from '../schemas/localized-text';

/**
 * The catalog joins the model (groups, competencies, levels: data) with the descriptions
 * (one MDX entry per language). It is built from plain entries, so it can be tested without Astro.
 */

/** What a content-collection entry looks like to the catalog. */
export interface SourceEntry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
}

export interface GroupData {
  order: number;
  name: LocalizedText;
}
export interface ModelCompetencyData {
  group: string;
  order: number;
  core: boolean;
  name: LocalizedText;
}
export interface LevelData {
  order: number;
  summary: LocalizedText;
}

export interface CatalogInput<
  C extends SourceEntry<CompetencyData>,
  F extends SourceEntry<FunctionDescriptionData>,
  P extends SourceEntry<ContextPageData>,
> {
  locales: readonly string[];
  groups: readonly SourceEntry<GroupData>[];
  model: readonly SourceEntry<ModelCompetencyData>[];
  levels: readonly SourceEntry<LevelData>[];
  competencies: readonly C[];
  functions: readonly F[];
  pages: readonly P[];
}

export interface Level {
  id: string;
  order: number;
  summary: LocalizedText;
}

export interface Competency<C> {
  key: string;
  group: string;
  order: number;
  core: boolean;
  name: LocalizedText;
  /** The description per locale; empty when the competency is not described in this edition. */
  descriptions: Record<string, C>;
}

export interface Group<C> {
  key: string;
  order: number;
  name: LocalizedText;
  competencies: Competency<C>[];
}

export interface Catalog<C, F, P> {
  locales: readonly string[];
  levels: Level[];
  groups: Group<C>[];
  competencies: Competency<C>[];
  /** Function descriptions: key -> locale -> entry. */
  functions: Map<string, Record<string, F>>;
  /** Context pages: key -> locale -> entry, in `order`. */
  pages: Map<string, Record<string, P>>;
}

/** The locale of an entry: the first segment of its id (`nl/objectieven-behalen`). */
export function entryLocale(entry: { id: string }): string {
  return entry.id.split('/')[0] ?? '';
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

function groupByKey<T extends SourceEntry<{ key: string }>>(entries: readonly T[]): Map<string, Record<string, T>> {
  const map = new Map<string, Record<string, T>>();
  for (const entry of entries) {
    const record = map.get(entry.data.key) ?? {};
    record[entryLocale(entry)] = entry;
    map.set(entry.data.key, record);
  }
  return map;
}

export function buildCatalog<
  C extends SourceEntry<CompetencyData>,
  F extends SourceEntry<FunctionDescriptionData>,
  P extends SourceEntry<ContextPageData>,
>(input: CatalogInput<C, F, P>): Catalog<C, F, P> {
  const levels = input.levels.map((entry) => ({ id: entry.id, ...entry.data })).sort(byOrder);
  const descriptions = groupByKey(input.competencies);
  const competencies = input.model
    .map((entry) => ({
      key: entry.id,
      ...entry.data,
      descriptions: descriptions.get(entry.id) ?? {},
    }))
    .sort((a, b) => {
      const groupOrder = (key: string) => input.groups.find((g) => g.id === key)?.data.order ?? 0;
      return groupOrder(a.group) - groupOrder(b.group) || a.order - b.order;
    });
  const groups = input.groups
    .map((entry) => ({
      key: entry.id,
      ...entry.data,
      competencies: competencies.filter((c) => c.group === entry.id),
    }))
    .sort(byOrder);
  const pages = new Map(
    [...groupByKey(input.pages)].sort(([, a], [, b]) => {
      const order = (record: Record<string, P>) => Object.values(record)[0]?.data.order ?? 0;
      return order(a) - order(b);
    }),
  );
  return { locales: input.locales, levels, groups, competencies, functions: groupByKey(input.functions), pages };
}

/** Described competencies (those with at least one description), in the model's order. */
export function describedCompetencies<C>(catalog: Catalog<C, unknown, unknown>): Competency<C>[] {
  return catalog.competencies.filter((c) => Object.keys(c.descriptions).length > 0);
}
