import { satteri } from '@astrojs/markdown-satteri';
import { BodyRulesError, bodyProcessorOptions } from './plugin';
import { checkBodyNode, type BodyViolation } from './rules';

/**
 * Compiles one MDX body the way the build does: the same processor (Sätteri, as @astrojs/mdx
 * uses it) with the same options (./plugin.ts), the frontmatter blanked out so that lines and
 * columns are those of the file. Returns what stops the compile: a break of the body rules or an
 * MDX syntax error (an unclosed `{` or tag, an HTML comment), each with line and column.
 */
type Renderer = Awaited<ReturnType<NonNullable<ReturnType<typeof satteri>['createMdxRenderer']>>>;
let renderer: Promise<Renderer> | undefined;

function bodyRenderer(): Promise<Renderer> {
  // No syntax highlighting: it changes how code blocks look, never whether a body compiles.
  renderer ??= satteri(bodyProcessorOptions).createMdxRenderer!(
    { syntaxHighlight: false } as never,
    { optimize: false, srcDir: new URL('../../', import.meta.url) } as never,
  );
  return renderer;
}

const LOCATED = /^(\d+):(\d+):\s*([\s\S]*)$/;

export async function compileBody(text: string, bodyStart: number, filePath: string): Promise<BodyViolation[]> {
  const source = text.slice(0, bodyStart).replace(/[^\n]/g, ' ') + text.slice(bodyStart);
  try {
    await (await bodyRenderer()).process(source, filePath, {});
    return [];
  } catch (error) {
    if (error instanceof BodyRulesError || (error as { violations?: unknown }).violations)
      return [...(error as BodyRulesError).violations];
    const message = String((error as Error).message ?? error);
    const located = LOCATED.exec(message);
    const line = located ? Number(located[1]) : 0;
    const column = located ? Number(located[2]) : 0;
    // An unclosed HTML element (`<meta ...>`, `<div>`): say what the element is, as the rules would for a closed one.
    const tag = /closing tag for `<([A-Za-z][\w.-]*)>`/.exec(message)?.[1];
    const asElement = tag
      ? checkBodyNode({ type: 'mdxJsxFlowElement', name: tag, attributes: [], position: { start: { line, column } } })
      : [];
    if (asElement.length > 0) return asElement.map((v) => ({ ...v, message: `${v.message} (It is also not closed.)` }));
    const reason = (located?.[3] ?? message).replace(/\s*\(mdx-[\w-]+:[\w-]+\)\s*$/, '').split('\n')[0]!;
    return [
      {
        line,
        column,
        message: `is not valid MDX: ${reason}.`,
        fix: 'Correct the body at that line: close every { with } and every <tag> with </tag>, write \\{ for a literal brace and {/* ... */} for a comment.',
      },
    ];
  }
}
