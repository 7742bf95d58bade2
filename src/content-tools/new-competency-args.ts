import { parseArgs } from 'node:util';
import { characterFindings } from '../lib/text-checks';

/**
 * The arguments of `npm run new:competency`, each validated with a plain message (never a stack
 * trace, never a file with an empty or impossible field).
 */
export interface NewCompetencyArgs {
  names: Record<string, string | undefined>;
  group?: string | undefined;
  dimensions?: number | undefined;
  indicators?: number | undefined;
  content?: string | undefined;
}

export type ParsedArgs = { ok: true; args: NewCompetencyArgs } | { ok: false; message: string };

const USAGE =
  'Usage: npm run new:competency -- --nl "Naam" --fr "Nom" [--group <group id>] [--dimensions 1-26] [--indicators 1-20] [--content <folder>]';

/** A whole number from `min` to `max` written in digits, or a message. */
function count(option: string, value: string | undefined, min: number, max: number): number | string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || Number(value) > max) {
    return `--${option} must be a whole number from ${min} to ${max}, not "${value}".`;
  }
  return Number(value);
}

export function parseNewCompetencyArgs(argv: readonly string[], locales: readonly string[]): ParsedArgs {
  let values: Record<string, string | boolean | undefined>;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        ...Object.fromEntries(locales.map((l) => [l, { type: 'string' as const }])),
        group: { type: 'string' },
        dimensions: { type: 'string' },
        indicators: { type: 'string' },
        content: { type: 'string' },
      },
    }));
  } catch (error) {
    const code = (error as { code?: string }).code;
    const option = /'(-[^' ]*)/.exec((error as Error).message)?.[1];
    const expected: Record<string, string> = {
      '--dimensions': 'a whole number from 1 to 26',
      '--indicators': 'a whole number from 1 to 20',
      '--group': 'the id of a group of the model',
      '--content': 'a folder',
    };
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      return { ok: false, message: `${option ?? 'An option'} is not an option of this command.\n${USAGE}` };
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      return {
        ok: false,
        message: `${option ?? 'An option'} needs a value: ${expected[option ?? ''] ?? 'a name in double quotes'}.\n${USAGE}`,
      };
    return { ok: false, message: `The arguments cannot be read.\n${USAGE}` };
  }
  if (positionals.length > 0)
    return {
      ok: false,
      message: `"${positionals[0]}" is not an option (options start with --; put a name with spaces in quotes).\n${USAGE}`,
    };
  const names: Record<string, string | undefined> = {};
  for (const locale of locales) {
    const name = values[locale] as string | undefined;
    if (name === undefined) continue;
    if (name.trim() === '')
      return { ok: false, message: `--${locale} is empty: give the name of the competency in "${locale}".` };
    const bad = characterFindings(name, `--${locale}`)[0];
    if (bad) return { ok: false, message: `--${locale} ${bad.message}` };
    names[locale] = name.trim();
  }
  const group = values.group as string | undefined;
  if (group !== undefined && group.trim() === '')
    return { ok: false, message: `--group is empty: give the id of a group of the model.` };
  const dimensions = count('dimensions', values.dimensions as string | undefined, 1, 26);
  if (typeof dimensions === 'string') return { ok: false, message: dimensions };
  const indicators = count('indicators', values.indicators as string | undefined, 1, 20);
  if (typeof indicators === 'string') return { ok: false, message: indicators };
  const content = values.content as string | undefined;
  if (content !== undefined && content.trim() === '')
    return { ok: false, message: '--content is empty: give the content folder.' };
  return { ok: true, args: { names, group: group?.trim(), dimensions, indicators, content } };
}
