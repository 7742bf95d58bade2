import type { Translation } from '../schemas/translation';
import type { Catalog, SourceEntry } from './catalog';
import { entryLocale } from './catalog';
import { sourceHash } from './source-hash';

/**
 * Whether each translated entry still translates the current version of its source: the hash the
 * translation recorded (`translation.sourceHash`) against the hash of the source entry now.
 */
export type TranslationState = 'current' | 'outdated' | 'unrecorded' | 'no-source';
export type TranslationKind = 'competency' | 'function' | 'page';

export type TranslatableEntry = SourceEntry<{ key: string; translation?: Translation | undefined }> & {
  body?: string | undefined;
};

export interface TranslationRow<E extends TranslatableEntry = TranslatableEntry> {
  kind: TranslationKind;
  key: string;
  /** Language of the translation. */
  locale: string;
  entry: E;
  /** The entry it translates (same key, language `translation.from`). */
  source: E | undefined;
  state: TranslationState;
  /** The source version the translation records, if any. */
  recorded: string | undefined;
  /** The source version now. */
  current: string | undefined;
}

export function translationState(entry: TranslatableEntry, source: TranslatableEntry | undefined): TranslationState {
  if (!source) return 'no-source';
  const recorded = entry.data.translation?.sourceHash;
  if (recorded === undefined) return 'unrecorded';
  return recorded === sourceHash(source) ? 'current' : 'outdated';
}

/** Every translated entry of the catalog: competencies, then functions, then pages, in the catalog's order. */
export function translationRows<C extends TranslatableEntry, F extends TranslatableEntry, P extends TranslatableEntry>(
  catalog: Catalog<C, F, P>,
): TranslationRow<C | F | P>[] {
  const groups: { kind: TranslationKind; key: string; byLocale: Record<string, C | F | P> }[] = [
    ...catalog.competencies.map((c) => ({
      kind: 'competency' as const,
      key: c.key,
      byLocale: c.descriptions as Record<string, C | F | P>,
    })),
    ...[...catalog.functions].map(([key, byLocale]) => ({
      kind: 'function' as const,
      key,
      byLocale: byLocale as Record<string, C | F | P>,
    })),
    ...[...catalog.pages].map(([key, byLocale]) => ({
      kind: 'page' as const,
      key,
      byLocale: byLocale as Record<string, C | F | P>,
    })),
  ];
  const rows: TranslationRow<C | F | P>[] = [];
  for (const { kind, key, byLocale } of groups) {
    for (const locale of catalog.locales) {
      const entry = byLocale[locale];
      const translation = entry?.data.translation;
      if (!entry || !translation) continue;
      const source = translation.from !== locale ? byLocale[translation.from] : undefined;
      rows.push({
        kind,
        key,
        locale: entryLocale(entry),
        entry,
        source,
        state: translationState(entry, source),
        recorded: translation.sourceHash,
        current: source ? sourceHash(source) : undefined,
      });
    }
  }
  return rows;
}

/** The rows of the given entries (the entries a page shows), matched by identity or by id and key. */
export function rowsOf<E extends TranslatableEntry>(
  rows: readonly TranslationRow<E>[],
  entries: readonly TranslatableEntry[],
): TranslationRow<E>[] {
  return rows.filter((row) =>
    entries.some((e) => e === row.entry || (e.id === row.entry.id && e.data.key === row.entry.data.key)),
  );
}
