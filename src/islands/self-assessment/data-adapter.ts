import { levelContent, loadProfileData, type ProfileData } from '../../lib/profile/data';

/**
 * The one place where the self-assessment reads the site's build data (its language's
 * `profile-data/<locale>.json`, shared with the profile builder). Everything else in this folder uses the types below, so a
 * change of that file's format is absorbed here.
 */
export interface DimensionText {
  key: string;
  name: string;
  /** In the source's order; position n (from 1) is indicator `<key>-<n>`. */
  indicators: string[];
}

export interface AssessmentCompetency {
  key: string;
  /** The competency's name per locale code. */
  name: Record<string, string>;
  /** Level ids at which it is described, in the model's order. */
  levels: string[];
}

export interface AssessmentData {
  /** Locale codes; the first is the source language. */
  locales: string[];
  /** Level ids, in the model's order. */
  levels: string[];
  competencies: AssessmentCompetency[];
  /** The dimensions and indicators of a competency at a level, in a language (falling back to the source). */
  dimensions: (competency: string, level: string, locale: string) => DimensionText[];
}

/** Adapts the build's profile data. */
export function fromProfileData(raw: ProfileData): AssessmentData {
  const byKey = new Map(raw.competencies.map((c) => [c.key, c]));
  return {
    locales: [...raw.locales],
    levels: [...raw.levels],
    competencies: raw.competencies.map((c) => ({
      key: c.key,
      name: { ...c.name },
      levels: raw.levels.filter((level) => c.levels[level] !== undefined),
    })),
    dimensions: (competency, level, locale) => {
      const entry = byKey.get(competency);
      const content = entry ? levelContent(entry, level, locale, raw.locales) : undefined;
      return (content?.dimensions ?? []).map((d) => ({ key: d.key, name: d.name, indicators: [...d.indicators] }));
    },
  };
}

/**
 * Fetches the data of the page's language (under the deployment base `base`, same origin; the
 * request carries nothing of the user's) and adapts it. Only that language: the assessment's ids
 * are language-neutral and every entry exists in every language.
 */
export async function loadAssessmentData(base: string, locale: string): Promise<AssessmentData> {
  return fromProfileData(await loadProfileData(base, [locale]));
}

/** A competency's name in a language, else in the first language that has it. */
export function competencyName(data: AssessmentData, key: string, locale: string): string {
  const names = data.competencies.find((c) => c.key === key)?.name;
  if (!names) return key;
  return names[locale] ?? data.locales.map((l) => names[l]).find((n) => n !== undefined) ?? key;
}
