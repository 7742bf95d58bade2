import type { ProfileData } from './data';
import { inLocale } from './data';

/**
 * What the builder shows before it has any competency's texts, in the page's language: the
 * languages, levels, competencies (name and the levels they are described at) and result areas.
 * Small enough to travel with the page; the texts come with `loadProfileData` when needed.
 */
export interface ProfileIndex {
  locales: { code: string; nativeName: string; htmlLang: string }[];
  levels: string[];
  competencies: { key: string; name: string; levels: string[] }[];
  functions: {
    key: string;
    title: string;
    classes: string[];
    areas: { key: string; role: string; optional: boolean }[];
  }[];
}

export function profileIndex(data: ProfileData, locale: string): ProfileIndex {
  const text = (value: Record<string, string>) => inLocale(value, locale, data.locales);
  return {
    locales: data.locales.map((code) => ({
      code,
      nativeName: data.labels[code]?.nativeName ?? code,
      htmlLang: data.labels[code]?.htmlLang ?? code,
    })),
    levels: [...data.levels],
    competencies: data.competencies.map((c) => ({
      key: c.key,
      name: text(c.name),
      levels: data.levels.filter((l) => c.levels[l]),
    })),
    functions: data.functions.map((f) => ({
      key: f.key,
      title: text(f.title),
      classes: [...f.classes],
      areas: f.areas.map((a) => ({ key: a.key, role: text(a.role), optional: a.optional })),
    })),
  };
}
