import { isAlias, isNode, parseDocument, visit } from 'yaml';
import type { YamlFailure } from './content-files';

/**
 * The text of a content file: the frontmatter block and the strict YAML inside it (no anchors
 * or aliases), with where a problem is in lines of the file.
 */
/** `---`, the frontmatter, `---`: group 1 the frontmatter, group 2 the body. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)([\s\S]*)$/;

function yamlFailure(error: unknown, offset: number): YamlFailure {
  const { message, linePos } = error as { message: string; linePos?: [{ line: number; col: number }] };
  const reason = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  const at = linePos?.[0];
  return { reason, line: at ? at.line + offset : undefined, column: at?.col };
}

/** Parses YAML strictly: the first error, and every anchor or alias (refused: no alias bombs). */
export function parseYaml(
  text: string,
  offset: number,
): { value?: unknown; failure?: YamlFailure; aliases: YamlFailure[] } {
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  const aliases: YamlFailure[] = [];
  const lineOf = (index: number | undefined) =>
    index === undefined ? undefined : text.slice(0, index).split('\n').length + offset;
  visit(doc, (_key, node) => {
    if (isAlias(node)) aliases.push({ reason: `the alias *${node.source}`, line: lineOf(node.range?.[0]) });
    else if (isNode(node) && node.anchor)
      aliases.push({ reason: `the anchor &${node.anchor}`, line: lineOf(node.range?.[0]) });
  });
  if (doc.errors.length > 0) return { failure: yamlFailure(doc.errors[0], offset), aliases };
  if (aliases.length > 0) return { aliases };
  try {
    return { value: doc.toJS({ maxAliasCount: 0 }), aliases };
  } catch (error) {
    return { failure: yamlFailure(error, offset), aliases };
  }
}

/** A top-level `name: "value"` line of a frontmatter that could not be read as a whole. */
export function lineValue(frontmatter: string, name: string): string | undefined {
  return new RegExp(`^${name}:\\s*["']?([^"'\\n#]+?)["']?\\s*$`, 'm').exec(frontmatter)?.[1];
}
