// With its extension: this module is loaded by astro.config.mjs, where extensionless imports fail.
import { typeset, typographyLanguages } from './typography.ts';

/**
 * The HTML-tree (rehype/hast) step for MDX bodies: the text of a body gets the typography of its
 * language (src/lib/typography.ts), as frontmatter texts do where the catalog is loaded. The
 * language is the folder of the file (`content/pages/fr/...`); code and preformatted text are left
 * alone. Written as a plugin of the site's Markdown processor (Sätteri, `hastPlugins`); the pure
 * part, `typesetText`, decides what a text node becomes.
 */
interface HastLike {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: unknown;
}
interface TextVisitContext {
  parent(node: HastLike): HastLike | undefined;
}

/** Elements whose text is shown as typed. */
const VERBATIM = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/** The language of a content file: the name of the folder it is in, if the typography knows it. */
export function languageOfPath(path: string | undefined): string | undefined {
  const folder = path?.split(/[\\/]/).slice(-2, -1)[0];
  return folder && typographyLanguages.includes(folder) ? folder : undefined;
}

/** The text of a node typeset in `lang`, unless one of its ancestors (innermost first) is verbatim. */
export function typesetText(value: string, lang: string, ancestors: readonly HastLike[]): string {
  return ancestors.some((a) => VERBATIM.has(a.tagName ?? '')) ? value : typeset(value, lang);
}

function ancestorsOf(node: HastLike, ctx: TextVisitContext): HastLike[] {
  const chain: HastLike[] = [];
  for (let parent = ctx.parent(node); parent; parent = ctx.parent(parent)) chain.push(parent);
  return chain;
}

/** The plugin: left out of the pipeline for a file outside a language folder. */
export function typographyHastPlugin({ fileURL }: { fileURL: URL | undefined }) {
  const lang = languageOfPath(fileURL ? decodeURIComponent(fileURL.pathname) : undefined);
  if (!lang) return null;
  return {
    name: 'typography',
    text(node: HastLike & { value: string }, ctx: TextVisitContext) {
      const value = typesetText(node.value, lang, ancestorsOf(node, ctx));
      return value === node.value ? undefined : { type: 'text' as const, value };
    },
  };
}
