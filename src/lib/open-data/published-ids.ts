import type { OpenDataset } from './dataset';
import { datasetIndicators } from './dataset';
import type { IdKind } from './ids';

/**
 * Identifiers are a contract with whoever reuses the data: once published, an identifier stays,
 * with the same meaning (its kind, what it belongs to, its place on the site). The committed list
 * (data/published-ids.json) holds every identifier ever published; one that leaves the content is
 * kept there, marked `retired`, and never reused. `npm run data:ids` updates the list deliberately.
 */
export interface PublishedId {
  id: string;
  kind: IdKind;
  /** The identifier it belongs to (competency of a dimension, competency-level of an indicator, ...). */
  parent: string | null;
  /** Site path and anchor of its place, without origin or deployment base. */
  uri: string;
  /** Date (YYYY-MM-DD) the identifier left the content, with why; absent while it is published. */
  retired?: { date: string; note: string } | undefined;
  /** Places it had before (a slug changed): kept so they can be redirected. */
  formerUris?: string[] | undefined;
}

export interface PublishedIdList {
  description: string;
  ids: PublishedId[];
}

/** The identifiers of the current content, in the dataset's order. */
export function currentIds(dataset: OpenDataset): PublishedId[] {
  const ids: PublishedId[] = [{ id: dataset.id, kind: 'scheme', parent: null, uri: dataset.uri }];
  for (const g of dataset.groups) ids.push({ id: g.id, kind: 'group', parent: dataset.id, uri: g.uri });
  for (const l of dataset.levels) ids.push({ id: l.id, kind: 'level', parent: dataset.id, uri: l.uri });
  for (const c of dataset.competencies) {
    ids.push({ id: c.id, kind: 'competency', parent: c.group, uri: c.uri });
    for (const d of c.dimensions) ids.push({ id: d.id, kind: 'dimension', parent: c.id, uri: d.uri });
    for (const l of c.levels) {
      ids.push({ id: l.id, kind: 'competency-level', parent: c.id, uri: l.uri });
      for (const cell of l.dimensions) ids.push({ id: cell.id, kind: 'cell', parent: l.id, uri: cell.uri });
    }
  }
  for (const { level, indicator } of datasetIndicators(dataset)) {
    ids.push({ id: indicator.id, kind: 'indicator', parent: level.id, uri: indicator.uri });
  }
  return ids;
}

export type IdProblemKind = 'removed' | 'changed' | 'reused' | 'unlisted' | 'duplicate';
export interface IdProblem {
  kind: IdProblemKind;
  id: string;
  message: string;
}

const FIX =
  'If this is deliberate, run npm run data:ids -- --update "<reason>" and commit data/published-ids.json (see README, "Data").';

/** What breaks the contract: every problem names the identifier and what changed. */
export function checkPublishedIds(list: PublishedIdList, current: readonly PublishedId[]): IdProblem[] {
  const problems: IdProblem[] = [];
  const now = new Map(current.map((entry) => [entry.id, entry]));
  const seen = new Set<string>();
  for (const published of list.ids) {
    if (seen.has(published.id)) {
      problems.push({
        kind: 'duplicate',
        id: published.id,
        message: `"${published.id}" is listed twice in the published ids.`,
      });
    }
    seen.add(published.id);
    const entry = now.get(published.id);
    if (published.retired) {
      if (entry) {
        problems.push({
          kind: 'reused',
          id: published.id,
          message: `"${published.id}" was retired on ${published.retired.date}; a retired identifier is never given out again. Choose another key.`,
        });
      }
      continue;
    }
    if (!entry) {
      problems.push({
        kind: 'removed',
        id: published.id,
        message: `the published ${published.kind} "${published.id}" (${published.uri}) is no longer in the content. ${FIX}`,
      });
      continue;
    }
    const changes = (['kind', 'parent', 'uri'] as const)
      .filter((field) => entry[field] !== published[field])
      .map((field) => `${field} was ${JSON.stringify(published[field])}, is ${JSON.stringify(entry[field])}`);
    if (changes.length > 0) {
      problems.push({
        kind: 'changed',
        id: published.id,
        message: `"${published.id}" changed meaning: ${changes.join('; ')}. ${FIX}`,
      });
    }
  }
  for (const entry of current) {
    if (!seen.has(entry.id)) {
      problems.push({
        kind: 'unlisted',
        id: entry.id,
        message: `the ${entry.kind} "${entry.id}" is new and not yet in the published ids. ${FIX}`,
      });
    }
  }
  return problems;
}

/**
 * The list after a deliberate update: new identifiers added, removed ones marked retired (kept),
 * a changed place recorded (the former place kept in `formerUris`). A changed kind or parent is a
 * different meaning: it is refused, the content should use a new identifier instead.
 */
export function updatePublishedIds(
  list: PublishedIdList,
  current: readonly PublishedId[],
  { date, note }: { date: string; note: string },
): { list: PublishedIdList; refused: IdProblem[] } {
  const now = new Map(current.map((entry) => [entry.id, entry]));
  const refused: IdProblem[] = [];
  const ids = list.ids.map((published): PublishedId => {
    const entry = now.get(published.id);
    if (published.retired) {
      if (entry)
        refused.push({
          kind: 'reused',
          id: published.id,
          message: `"${published.id}" was retired on ${published.retired.date} and is in the content again; choose another key.`,
        });
      return published;
    }
    if (!entry) return { ...published, retired: { date, note } };
    if (entry.kind !== published.kind || entry.parent !== published.parent) {
      refused.push({
        kind: 'changed',
        id: published.id,
        message: `"${published.id}" would change from ${published.kind} of ${published.parent} to ${entry.kind} of ${entry.parent}; give the new item a new identifier.`,
      });
      return published;
    }
    if (entry.uri !== published.uri) {
      return { ...published, uri: entry.uri, formerUris: [...(published.formerUris ?? []), published.uri] };
    }
    return published;
  });
  const listed = new Set(list.ids.map((p) => p.id));
  for (const entry of current) if (!listed.has(entry.id)) ids.push(entry);
  return { list: { ...list, ids }, refused };
}
