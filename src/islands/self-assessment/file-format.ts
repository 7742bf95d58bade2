import type { AssessmentData } from './data-adapter';
import { uniqueName, type Assessment } from './model';
import { checkAssessment, type FieldProblem } from './validate';

/** File names come from the assessment's name, as the profile builder's do from the profile's title. */
export { fileName } from '../../lib/profile/start';

/**
 * The .json file of one assessment, to continue elsewhere: a format name, a schema version, and a
 * checksum of the assessment, so that a file changed by hand after the export is recognised and
 * refused rather than read wrongly. (The checksum guards against mistakes, not against forgery.)
 *
 * {
 *   "format": "competentiewoordenboek-self-assessment",
 *   "schemaVersion": 1,
 *   "exported": "2026-12-02T15:00:00.000Z",
 *   "checksum": "fnv1a64:…",
 *   "assessment": { id, name, created, updated, partner, competencies, answers }
 * }
 */
export const FILE_FORMAT = 'competentiewoordenboek-self-assessment';
export const SCHEMA_VERSION = 1;
/** Larger files are refused before they are read. */
export const MAX_FILE_BYTES = 2_000_000;

/** FNV-1a, 64 bits, over the UTF-16 code units: small, synchronous, the same everywhere. */
export function checksum(text: string): string {
  let hash = 0xcbf29ce484222325n;
  const prime = 0x100000001b3n;
  const mask = 0xffffffffffffffffn;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * prime) & mask;
  }
  return `fnv1a64:${hash.toString(16).padStart(16, '0')}`;
}

export function exportFile(assessment: Assessment, now: string): string {
  const body = JSON.stringify(assessment);
  const file = {
    format: FILE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exported: now,
    checksum: checksum(body),
    assessment: JSON.parse(body) as unknown,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export type ImportProblem =
  | { kind: 'too-large' }
  | { kind: 'not-json' }
  | { kind: 'not-ours' }
  | { kind: 'newer-version'; version: number }
  | { kind: 'bad-version' }
  | { kind: 'edited' }
  | { kind: 'field'; problem: FieldProblem };

/** What an import leaves out because this edition of the site does not have it. */
export type ImportNote =
  { kind: 'unknown-competency'; key: string } | { kind: 'unknown-level'; key: string; level: string };

export type ImportResult =
  { ok: true; assessment: Assessment; notes: ImportNote[] } | { ok: false; problem: ImportProblem };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads an exported file into a NEW assessment (new id, a name not yet taken): nothing kept in the
 * browser is overwritten. A file that is not ours, of a newer version, changed by hand or
 * malformed is refused with the reason.
 */
export function importFile(
  text: string,
  data: AssessmentData,
  context: { id: string; now: string; takenNames: readonly string[] },
): ImportResult {
  if (text.length > MAX_FILE_BYTES) return { ok: false, problem: { kind: 'too-large' } };
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { ok: false, problem: { kind: 'not-json' } };
  }
  if (!isObject(value) || value.format !== FILE_FORMAT) return { ok: false, problem: { kind: 'not-ours' } };
  const version = value.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problem: { kind: 'bad-version' } };
  if (version > SCHEMA_VERSION) return { ok: false, problem: { kind: 'newer-version', version } };
  if (typeof value.checksum !== 'string' || value.checksum !== checksum(JSON.stringify(value.assessment ?? null))) {
    return { ok: false, problem: { kind: 'edited' } };
  }
  const checked = checkAssessment(value.assessment, 'assessment');
  if (!checked.ok) return { ok: false, problem: { kind: 'field', problem: checked.problem } };

  const notes: ImportNote[] = [];
  const competencies = checked.value.competencies
    .filter((chosen) => {
      const known = data.competencies.find((c) => c.key === chosen.key);
      if (!known) notes.push({ kind: 'unknown-competency', key: chosen.key });
      else if (!known.levels.includes(chosen.level))
        notes.push({ kind: 'unknown-level', key: chosen.key, level: chosen.level });
      return known !== undefined && known.levels.includes(chosen.level);
    })
    .map((chosen) => {
      const known = data.competencies.find((c) => c.key === chosen.key)!;
      return chosen.target !== undefined && !known.levels.includes(chosen.target)
        ? { key: chosen.key, level: chosen.level }
        : chosen;
    });
  return {
    ok: true,
    assessment: {
      ...checked.value,
      id: context.id,
      name: uniqueName(checked.value.name, context.takenNames),
      competencies,
      updated: context.now,
    },
    notes,
  };
}
