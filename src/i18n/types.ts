/**
 * The shape of every locale dictionary is the Dutch dictionary's (`locales/nl.ts`, the source
 * language): adding a string is adding it there, and TypeScript then lists every other language that
 * lacks it. Each string keeps its `{placeholders}` in its type, so `format()` asks for exactly those.
 * Adding a language is adding one file in `locales/` typed `Dictionary`, plus the content in that
 * language.
 */
import type nl from './locales/nl';
import type { Placeholders, PluralForms, Template } from './format';

export type { Placeholders, PluralForms, Template } from './format';

/** The Dutch dictionary's shape, with each string literal turned into a template of its placeholders. */
type Localized<T> = T extends string
  ? Template<Placeholders<T>>
  : T extends number
    ? number
    : T extends { readonly other: infer Other extends string }
      ? PluralForms<Placeholders<Other>>
      : { readonly [K in keyof T]: Localized<T[K]> };

export type Dictionary = Localized<typeof nl>;

export type LocaleMeta = Dictionary['locale'];
export type RouteSegments = Dictionary['routes'];
export type UiStrings = Dictionary['ui'];
export type SearchStrings = Dictionary['search'];
export type VisualiserStrings = Dictionary['visualiser'];
export type VisualiserChartStrings = Dictionary['visualiser']['chart'];
export type BuilderStrings = Dictionary['builder'];
export type EditorStrings = Dictionary['editors'];
export type SelfAssessmentStrings = Dictionary['selfAssessment'];
export type ProfileOutputStrings = Dictionary['profileOutput'];
export type AssessmentGridStrings = Dictionary['assessmentGrid'];
