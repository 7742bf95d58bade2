import type { ContentProblem } from '../lib/content-problems';

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
    case 'string': return `the text "${value.length > 40 ? `${value.slice(0, 37)}...` : value}"`;
    case 'number': return `the number ${value}`;
    case 'boolean': return `${value}`;
    case 'object': return 'a block of fields';
    default: return String(value);
  }
}

/** The problems of one file's frontmatter (or of one entry of a YAML list, with `prefix` `[3]`). */
export function schemaProblems(issues: readonly Issue[], raw: unknown, file: string, prefix = ''): ContentProblem[] {
  const problems: ContentProblem[] = [];
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
        else add(path, `is ${describeValue(value)}, but must be ${expected}.`, `Write "${field}" as ${expected}; ${GUIDE}.`);
        return;
      }
      case 'invalid_union': {
        // A text that is either one string or { text, levels }: report inside the branch that fits the value's kind.
        const branches = issue.errors ?? [];
        const fitting = branches.find((branch) => !branch.some((i) => i.code === 'invalid_type' && i.path.length === 0));
        if (value !== undefined && fitting) {
          for (const inner of fitting) visit(inner, path);
          return;
        }
        const kinds = branches.flatMap((b) => b.filter((i) => i.path.length === 0 && i.expected).map((i) => EXPECTED[i.expected!] ?? i.expected!));
        const expected = kinds.length > 0 ? kinds.join(', or ') : 'a valid value';
        if (value === undefined) add(path, 'is missing.', `Add "${field}" with ${expected}; ${GUIDE}.`);
        else add(path, `is ${describeValue(value)}, but must be ${expected}.`, `Write "${field}" as ${expected}; ${GUIDE}.`);
        return;
      }
      case 'too_small':
        if (issue.origin === 'array') add(path, 'is an empty list.', `Give "${field}" at least one item, or remove it if it is optional.`);
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
      case 'unrecognized_keys':
        for (const key of issue.keys ?? []) add([...path, key], 'is not a field of this kind of entry.', 'Remove it, or correct its spelling.');
        return;
      default:
        add(path, `${issue.message}.`, `Correct "${field}"; ${GUIDE}.`);
    }
  };
  for (const issue of issues) visit(issue, []);
  return problems;
}

/** Top-level fields of `raw` that the schema does not know (a misspelt optional field would be ignored silently). */
export function unknownFields(raw: unknown, known: readonly string[], file: string, prefix = ''): ContentProblem[] {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => ({
      severity: 'error' as const,
      file,
      field: fieldPath([key], prefix),
      message: 'is not a field of this kind of entry.',
      fix: `Remove it, or correct its spelling (known fields: ${known.join(', ')}).`,
    }));
}
