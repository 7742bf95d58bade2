import { cellAnchor, dimensionAnchor, indicatorAnchor, levelAnchor } from '../anchors';

/**
 * The published identifiers of the dictionary: short, language-neutral strings built from the
 * model's keys (competency keys, level ids, dimension keys, positions), and the place on the site
 * each one names. Once published, an identifier keeps its meaning (see published-ids.ts).
 */
export type IdKind =
  'scheme' | 'group' | 'level' | 'competency' | 'competency-level' | 'dimension' | 'cell' | 'indicator';

export const SCHEME_ID = 'dictionary';
export const groupId = (group: string) => `group/${group}`;
export const levelId = (level: string) => `level/${level}`;
export const competencyId = (competency: string) => competency;
export const competencyLevelId = (competency: string, level: string) => `${competency}/${levelAnchor(level)}`;
export const dimensionId = (competency: string, dimension: string) => `${competency}/${dimensionAnchor(dimension)}`;
export const cellId = (competency: string, level: string, dimension: string) =>
  `${competency}/${cellAnchor(level, dimension)}`;
export const indicatorId = (competency: string, level: string, dimension: string, position: number) =>
  `${competency}/${indicatorAnchor(level, dimension, position)}`;

/** A site path with an optional anchor: `/nl/competenties/in-team-werken/#B-A-2`. */
export const place = (path: string, anchor?: string) => (anchor ? `${path}#${anchor}` : path);

/** The anchors of a competency page (src/lib/anchors.ts), one per kind of identifier. */
export const anchorsOnCompetencyPage = {
  competencyLevel: (level: string) => levelAnchor(level),
  dimension: (dimension: string) => dimensionAnchor(dimension),
  cell: (level: string, dimension: string) => cellAnchor(level, dimension),
  indicator: (level: string, dimension: string, position: number) => indicatorAnchor(level, dimension, position),
};
