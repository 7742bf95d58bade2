import type { ZodType } from 'astro/zod';
import type { ContentProblem } from '../lib/checks/types';
import { closest } from '../lib/did-you-mean';

/**
 * Turns the schema's validation issues into problems an editor can act on: the field as it is
 * written in the file (`dimensions[0].indicators.D`), what is wrong in plain words, and the fix.
 */
type Path = readonly PropertyKey[];
interface Issue {
  code: string;
  path: Path;
  message: string;
  expected?: string;
  origin?: string;
  values?: readonly unknown[];
  keys?: readonly string[];
  errors?: readonly (readonly Issue[])[];
}

const GUIDE = 'see the annotated example in CONTRIBUTING.md';

/** `['dimensions', 0, 'indicators', 'D']` -> `dimensions[0].indicators.D`. */
export function fieldPath(path: Path, prefix = ''): string {
  let field = prefix;
  for (const segment of path) {
    field += typeof segment === 'number' ? `[${segment}]` : `${field ? '.' : ''}${String(segment)}`;
  }
  return field || '(frontmatter)';
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

const EXPECTED: Record<string, string> = {
  string: 'a text (in double quotes)',
  boolean: 'true or false',
  number: 'a number',
  int: 'a whole number',
  array: 'a list (one "- " item per line)',
  object: 'a block of indented fields',
  record: 'a block of indented fields',
};

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `${value}`;
    case 'object':
      return 'a block of fields';
    default:
      return String(value);
  }
}

interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  options?: unknown[];
  valueType?: unknown;
}
const defOf = (schema: unknown): Def => (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def ?? {};

/** The field names the schema accepts at `path` (for "did you mean"): the object's keys there, if any. */
export function fieldsAt(schema: unknown, path: Path): string[] {
  let nodes: unknown[] = [schema];
  const unwrap = (list: unknown[]): unknown[] =>
    list.flatMap((node) => {
      const def = defOf(node);
      if (def.innerType) return unwrap([def.innerType]);
      if (def.type === 'union') return unwrap(def.options ?? []);
      return [node];
    });
  for (const segment of path) {
    nodes = unwrap(nodes).flatMap((node) => {
      const def = defOf(node);
      if (def.type === 'array') return [def.element];
      if (def.type === 'record') return [def.valueType];
      if (def.type === 'object' && typeof segment === 'string' && def.shape?.[segment]) return [def.shape[segment]];
      return [];
    });
  }
  return [...new Set(unwrap(nodes).flatMap((node) => Object.keys(defOf(node).shape ?? {})))];
}

/** The problems of one file's frontmatter (or of one entry of a YAML list, with `prefix` `[3]`). */
export function schemaProblems(
  issues: readonly Issue[],
  raw: unknown,
  file: string,
  prefix = '',
  schema?: ZodType<unknown>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  /** Fields that a misspelt field was meant to be: their "is missing" is the same mistake, reported once. */
  const meant = new Set<string>();
  const add = (path: Path, message: string, fix: string) =>
    problems.push({ severity: 'error', file, field: fieldPath(path, prefix), message, fix });

  const visit = (issue: Issue, base: Path) => {
    const path = [...base, ...issue.path];
    const field = fieldPath(path, prefix);
    const value = valueAt(raw, path);
    switch (issue.code) {
      case 'invalid_type': {
        const expected = EXPECTED[issue.expected ?? ''] ?? issue.expected ?? 'another kind of value';
        if (value === undefined) add(path, 'is missing.', `Add "${field}" with ${expected}; ${GUIDE}.`);
        else
          add(
            path,
            `is ${describeValue(value)}, but must be ${expected}.`,
            `Write "${field}" as ${expected}; ${GUIDE}.`,
          );
        return;
      }
      case 'invalid_union': {
        // A text that is either one string or { text, levels }: report inside the branch that fits the value's kind.
        const branches = issue.errors ?? [];
        const fitting = branches.find(
          (branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0),
        );
        if (value !== undefined && fitting) {
          for (const inner of fitting) visit(inner, path);
          return;
        }
        const kinds = branches.flatMap((b) =>
          b.filter((i) => i.path.length === 0 && i.expected).map((i) => EXPECTED[i.expected!] ?? i.expected!),
        );
        const expected = kinds.length > 0 ? kinds.join(', or ') : 'a valid value';
        if (value === undefined) add(path, 'is missing.', `Add "${field}" with ${expected}; ${GUIDE}.`);
        else
          add(
            path,
            `is ${describeValue(value)}, but must be ${expected}.`,
            `Write "${field}" as ${expected}; ${GUIDE}.`,
          );
        return;
      }
      case 'too_small':
        if (issue.origin === 'array')
          add(path, 'is an empty list.', `Give "${field}" at least one item, or remove it if it is optional.`);
        else add(path, 'is empty.', `Write the text of "${field}".`);
        return;
      case 'invalid_format':
      case 'invalid_string':
        add(path, `${describeValue(value)} is not valid: ${issue.message}.`, `Correct "${field}": ${issue.message}.`);
        return;
      case 'invalid_value':
      case 'invalid_enum_value': {
        const allowed = (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ');
        add(path, `${describeValue(value)} is not an allowed value.`, `Use one of: ${allowed}.`);
        return;
      }
      case 'unrecognized_keys': {
        const known = schema ? fieldsAt(schema, path) : [];
        const present = Object.keys((valueAt(raw, path) ?? {}) as object);
        for (const key of issue.keys ?? []) {
          const hint = closest(
            key,
            known.filter((k) => !present.includes(k)),
          );
          if (hint) meant.add(fieldPath([...path, hint], prefix));
          const list = known.length > 0 ? ` (fields here: ${known.join(', ')})` : '';
          add(
            [...path, key],
            'is not a field of this kind of entry.',
            hint
              ? `Did you mean "${hint}"? Correct the spelling, or remove the field${list}.`
              : `Remove it, or correct its spelling${list}.`,
          );
        }
        return;
      }
      default:
        add(path, `${issue.message}.`, `Correct "${field}"; ${GUIDE}.`);
    }
  };
  for (const issue of issues) visit(issue, []);
  return problems.filter((p) => !(p.message === 'is missing.' && meant.has(p.field)));
}
