// Imports name their .ts files: this module graph is loaded by astro.config.mjs, natively by Node.
import type { SatteriProcessorOptions } from '@astrojs/markdown-satteri';
import { CHECKED_NODE_TYPES, checkBodyNode, type BodyViolation } from './rules.ts';

/**
 * The body rules as a step of the MDX compile (a Sätteri mdast plugin, the build's Markdown
 * processor): a body that breaks them does not compile, so nothing of it can run at build time
 * or reach a page, whether or not `npm run check` was run first.
 */
export class BodyRulesError extends Error {
  readonly violations: readonly BodyViolation[];
  constructor(violations: readonly BodyViolation[]) {
    const list = violations.map((v) => `${v.line}:${v.column}: ${v.message} Fix: ${v.fix}`);
    // "line:column: ..." first, as Astro reads the location of an MDX error from the message.
    super(`${list.join('\n')}\n(the content rules for MDX bodies: see "What a body may contain" in CONTRIBUTING.md)`);
    this.name = 'ContentBodyError';
    this.violations = violations;
  }
}

type MdastPlugins = NonNullable<SatteriProcessorOptions['mdastPlugins']>;

/** A fresh plugin per document (a factory), so the violations of one body never leak into another. */
export const bodyRulesPlugin: MdastPlugins[number] = () => {
  const violations: BodyViolation[] = [];
  const visit = (node: Parameters<typeof checkBodyNode>[0]) => {
    violations.push(...checkBodyNode(node));
  };
  return {
    name: 'content-body-rules',
    options: { position: true },
    ...Object.fromEntries(CHECKED_NODE_TYPES.map((type) => [type, visit])),
    after() {
      if (violations.length > 0)
        throw new BodyRulesError(violations.sort((a, b) => a.line - b.line || a.column - b.column));
    },
  };
};

/** The MDX processor options of the site (astro.config.mjs) and of `npm run check`: the same compile step. */
export const bodyProcessorOptions: SatteriProcessorOptions = { mdastPlugins: [bodyRulesPlugin] };
