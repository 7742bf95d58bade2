import type { Dictionary } from '../../i18n/types';
import type { CompetencyData } from '../../schemas/competency';
import type { Catalog } from '../catalog';
import { canonicalText, textAtLevel } from '../level-text';
import * as paths from '../paths';
import type { TranslationState } from '../translation-status';
import {
  SCHEME_ID,
  anchorsOnCompetencyPage as anchors,
  cellId,
  competencyId,
  competencyLevelId,
  dimensionId,
  groupId,
  indicatorId,
  levelId,
  place,
} from './ids';

/**
 * The dictionary as open data: one plain structure, built from the catalog at build time, from which
 * the JSON, JSON-LD and CSV files are written. Texts are keyed by language code; `uri` is the site
 * path (and anchor) of the item's place, without origin or deployment base, on the page in the
 * source language (the anchors are language-neutral; the page is the source text's).
 */
export type Texts = Record<string, string>;

export interface DatasetVersion {
  /** Date (ISO 8601) of the last change to the content, if known. */
  contentDate: string | null;
  /** The commit the site was built from, if known. */
  commit: string | null;
}

export interface TranslationInfo {
  from: string;
  status: 'translated' | 'reviewed';
  state: TranslationState;
}

export interface DatasetIndicator {
  id: string;
  uri: string;
  position: number;
  text: Texts;
}
export interface DatasetCell {
  id: string;
  dimension: string;
  uri: string;
  name: Texts;
  description: Texts;
  indicators: DatasetIndicator[];
}
export interface DatasetCompetencyLevel {
  id: string;
  level: string;
  uri: string;
  definition: Texts;
  dimensions: DatasetCell[];
}
export interface DatasetDimension {
  id: string;
  key: string;
  uri: string;
  name: Texts;
  description: Texts;
}
export interface DatasetCompetency {
  id: string;
  group: string;
  order: number;
  core: boolean;
  described: boolean;
  uri: string;
  name: Texts;
  /** The competency's page in each language (site paths); empty when it is not described yet. */
  pages: Texts;
  /** Per translated language: what it translates, and whether it is up to date with the source. */
  translations: Record<string, TranslationInfo>;
  definition: Texts | null;
  dimensions: DatasetDimension[];
  levels: DatasetCompetencyLevel[];
}
export interface DatasetGroup {
  id: string;
  key: string;
  order: number;
  uri: string;
  name: Texts;
  competencies: string[];
}
export interface DatasetLevel {
  id: string;
  code: string;
  order: number;
  uri: string;
  summary: Texts;
}

export interface OpenDataset {
  id: string;
  uri: string;
  title: Texts;
  version: DatasetVersion;
  sourceLanguage: string;
  languages: string[];
  levels: DatasetLevel[];
  groups: DatasetGroup[];
  competencies: DatasetCompetency[];
}

type Entry = { data: CompetencyData };

export interface DatasetInput {
  catalog: Catalog<Entry, unknown, unknown>;
  dictionaries: readonly Dictionary[];
  version: DatasetVersion;
  /** The translation of a competency into a language, if that language's entry is one. */
  translationOf: (competencyKey: string, locale: string) => TranslationInfo | undefined;
}

/** Texts of every language, from a function of the language (languages without a text are left out). */
function texts(locales: readonly string[], text: (locale: string) => string | undefined): Texts {
  const result: Texts = {};
  for (const locale of locales) {
    const value = text(locale);
    if (value !== undefined) result[locale] = value;
  }
  return result;
}

export function buildDataset({ catalog, dictionaries, version, translationOf }: DatasetInput): OpenDataset {
  const source = dictionaries[0];
  if (!source) throw new Error('Open data: no language dictionary was given.');
  const locales = dictionaries.map((d) => d.locale.code);
  const ctxOf = (d: Dictionary) => ({ locale: d.locale.code, routes: d.routes });
  const indexPath = paths.competencyIndexPath(ctxOf(source));
  const levelIds = catalog.levels.map((l) => l.id);

  const competencies = catalog.competencies.map((competency): DatasetCompetency => {
    const sourceEntry = competency.descriptions[source.locale.code];
    const described = sourceEntry !== undefined;
    const pagePath = sourceEntry ? paths.competencyPath(ctxOf(source), sourceEntry.data.slug) : undefined;
    const at = (anchor: string) => place(pagePath ?? indexPath, anchor);
    const data = (locale: string) => competency.descriptions[locale]?.data;
    const dimensionKeys = sourceEntry?.data.dimensions.map((d) => d.key) ?? [];
    const dimensionOf = (locale: string, key: string) => data(locale)?.dimensions.find((d) => d.key === key);
    return {
      id: competencyId(competency.key),
      group: groupId(competency.group),
      order: competency.order,
      core: competency.core,
      described,
      uri: pagePath ?? place(indexPath, competency.key),
      name: texts(locales, (l) => data(l)?.name ?? competency.name[l]),
      pages: texts(locales, (l) => {
        const d = dictionaries.find((dict) => dict.locale.code === l);
        const slug = data(l)?.slug;
        return d && slug ? paths.competencyPath(ctxOf(d), slug) : undefined;
      }),
      translations: Object.fromEntries(
        locales.flatMap((l) => {
          const info = translationOf(competency.key, l);
          return info ? [[l, info]] : [];
        }),
      ),
      definition: described
        ? texts(locales, (l) => {
            const d = data(l);
            return d && canonicalText(d.definition);
          })
        : null,
      dimensions: dimensionKeys.map((key) => ({
        id: dimensionId(competency.key, key),
        key,
        uri: at(anchors.dimension(key)),
        name: texts(locales, (l) => {
          const d = dimensionOf(l, key);
          return d && canonicalText(d.name);
        }),
        description: texts(locales, (l) => {
          const d = dimensionOf(l, key);
          return d && canonicalText(d.description);
        }),
      })),
      levels: described
        ? levelIds.map((level) => ({
            id: competencyLevelId(competency.key, level),
            level,
            uri: at(anchors.competencyLevel(level)),
            definition: texts(locales, (l) => {
              const d = data(l);
              return d && textAtLevel(d.definition, level);
            }),
            dimensions: dimensionKeys.map((key) => {
              const count = dimensionOf(source.locale.code, key)?.indicators[level]?.length ?? 0;
              return {
                id: cellId(competency.key, level, key),
                dimension: key,
                uri: at(anchors.cell(level, key)),
                name: texts(locales, (l) => {
                  const d = dimensionOf(l, key);
                  return d && textAtLevel(d.name, level);
                }),
                description: texts(locales, (l) => {
                  const d = dimensionOf(l, key);
                  return d && textAtLevel(d.description, level);
                }),
                indicators: Array.from({ length: count }, (_, index) => ({
                  id: indicatorId(competency.key, level, key, index + 1),
                  uri: at(anchors.indicator(level, key, index + 1)),
                  position: index + 1,
                  text: texts(locales, (l) => dimensionOf(l, key)?.indicators[level]?.[index]),
                })),
              };
            }),
          }))
        : [],
    };
  });

  return {
    id: SCHEME_ID,
    uri: indexPath,
    title: texts(locales, (l) => dictionaries.find((d) => d.locale.code === l)?.ui.siteTitle),
    version,
    sourceLanguage: source.locale.code,
    languages: locales,
    levels: catalog.levels.map((level) => ({
      id: levelId(level.id),
      code: level.id,
      order: level.order,
      uri: paths.levelPath(ctxOf(source), level.id),
      summary: texts(locales, (l) => level.summary[l]),
    })),
    groups: catalog.groups.map((group) => ({
      id: groupId(group.key),
      key: group.key,
      order: group.order,
      uri: place(indexPath, `group-${group.key}`),
      name: texts(locales, (l) => group.name[l]),
      competencies: group.competencies.map((c) => competencyId(c.key)),
    })),
    competencies,
  };
}

/** Every indicator of the dataset with its competency, level and dimension, in the dataset's order. */
export function datasetIndicators(dataset: OpenDataset) {
  return dataset.competencies.flatMap((competency) =>
    competency.levels.flatMap((level) =>
      level.dimensions.flatMap((cell) => cell.indicators.map((indicator) => ({ competency, level, cell, indicator }))),
    ),
  );
}
