import { BODY_COMPONENTS, bodyComponentNames } from './components.ts';
import { ALLOWED_SCHEMES, isAllowedUrl, urlScheme } from './url-scheme.ts';
import { closest } from '../../lib/did-you-mean.ts';

/**
 * The rules of an MDX body: Markdown and the components of ./components.ts, nothing that runs or
 * emits code. Each rule looks at one node of the body's syntax tree (mdast with the MDX node
 * types) and says what is wrong and how to fix it. The same rules run in the compile step of the
 * build (./plugin.ts) and in `npm run check`, which compiles every body the same way.
 */
export interface BodyViolation {
  line: number;
  column: number;
  message: string;
  fix: string;
}

interface Point {
  line: number;
  column: number;
}
interface BodyNode {
  type: string;
  value?: string | null;
  name?: string | null;
  url?: string;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  position?: { start: Point } | undefined;
}

/** Elements that run code, load other documents, change the page's address or send data: named in the message. */
const DANGEROUS: Record<string, string> = {
  script: 'runs code',
  style: 'changes the look of the whole site',
  iframe: 'embeds another page',
  object: 'embeds a plug-in or another document',
  embed: 'embeds a plug-in or another document',
  form: 'sends data to an address',
  meta: 'can send every visitor to another site',
  link: 'loads a file from an address',
  base: 'changes where every link of the page points',
};

const PLAIN_TEXT_FIX =
  'Write the text in Markdown (## headings, lists, **bold**, [links](/nl/.../)); see "What a body may contain" in CONTRIBUTING.md.';

/** `{/* ... *\/}`: an expression that holds only comments emits nothing and stays allowed. */
export function isCommentOnly(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '' && expression.includes('/*');
}

const at = (node: BodyNode): Point => node.position?.start ?? { line: 0, column: 0 };

function attributeViolations(
  node: BodyNode,
  allowedProps: readonly string[] | undefined,
): Omit<BodyViolation, 'line' | 'column'>[] {
  const tag = node.name ?? '';
  const found: Omit<BodyViolation, 'line' | 'column'>[] = [];
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      found.push({
        message: `<${tag}> has a spread attribute {...}, which is code.`,
        fix: 'Remove it; write each prop as name="text".',
      });
      continue;
    }
    const name = attribute.name ?? '';
    if (/^on/i.test(name)) {
      found.push({
        message: `<${tag}> has the event-handler attribute ${name}=, which runs code.`,
        fix: `Remove ${name}=; a body cannot run code.`,
      });
    } else if (name.toLowerCase() === 'style') {
      found.push({
        message: `<${tag}> has a style= attribute.`,
        fix: "Remove style=; the site's own styles apply to every body.",
      });
    } else if (allowedProps !== undefined && !allowedProps.includes(name)) {
      const hint = closest(name, allowedProps);
      found.push({
        message: `<${tag}> has the attribute ${name}=, which it does not accept.`,
        fix:
          allowedProps.length === 0
            ? `Remove ${name}=: <${tag}> takes no attributes.`
            : `Remove it${hint ? ` (did you mean ${hint}=?)` : ''}; <${tag}> accepts ${allowedProps.join(', ')}.`,
      });
    } else if (allowedProps !== undefined && typeof attribute.value !== 'string') {
      found.push({
        message: `<${tag}> gives ${name}= a value that is not a text in quotes.`,
        fix: `Write ${name}="..." with the text in double quotes.`,
      });
    }
  }
  return found;
}

function elementViolations(node: BodyNode): Omit<BodyViolation, 'line' | 'column'>[] {
  const name = node.name;
  if (!name)
    return [{ message: 'holds an empty tag <>…</> (a fragment).', fix: 'Remove the <> and </>; keep the text.' }];
  const component = BODY_COMPONENTS[name];
  if (component) return attributeViolations(node, component.props);
  const allowed = bodyComponentNames();
  let element: Omit<BodyViolation, 'line' | 'column'>;
  if (DANGEROUS[name.toLowerCase()]) {
    element = {
      message: `holds the HTML element <${name}>, which ${DANGEROUS[name.toLowerCase()]}; a body may not contain it.`,
      fix: `Remove the <${name}> element. ${PLAIN_TEXT_FIX}`,
    };
  } else if (/^[a-z]/.test(name)) {
    element = {
      message: `holds the HTML element <${name}>; a body holds Markdown, not HTML.`,
      fix: `Remove <${name}> and write its text in Markdown. ${PLAIN_TEXT_FIX}`,
    };
  } else {
    const hint = closest(name, allowed);
    element = {
      message: `uses the component <${name}>, which is not one a body may use.`,
      fix: `${hint ? `Did you mean <${hint}>? ` : ''}A body may use only ${allowed.map((n) => `<${n}>`).join(', ')}.`,
    };
  }
  return [element, ...attributeViolations(node, undefined)];
}

/** What is wrong with one node of a body (nothing for Markdown and allowed components). */
export function checkBodyNode(node: BodyNode): BodyViolation[] {
  const found: Omit<BodyViolation, 'line' | 'column'>[] = [];
  switch (node.type) {
    case 'mdxjsEsm': {
      const kind = /^\s*export\b/.test(node.value ?? '') ? 'export' : 'import';
      found.push({
        message: `holds code (an ${kind} statement: "${firstLine(node.value)}"); a body holds text, not code.`,
        fix: `Remove the ${kind} line. The components a body may use (${bodyComponentNames().join(', ')}) need no import.`,
      });
      break;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (!isCommentOnly(node.value ?? '')) {
        found.push({
          message: `holds a JavaScript expression {${shorten(node.value ?? '')}}; a body holds text, not code.`,
          fix: 'Remove the braces and what is between them. For a literal brace write \\{; for a comment that is not shown write {/* ... */}.',
        });
      }
      break;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      found.push(...elementViolations(node));
      break;
    case 'link':
    case 'image':
    case 'definition':
      if (node.url !== undefined && !isAllowedUrl(node.url)) {
        const what = node.type === 'image' ? 'an image' : 'a link';
        found.push({
          message: `has ${what} to "${shorten(node.url)}": the scheme "${urlScheme(node.url)}:" is not allowed.`,
          fix: `Link to a page of the site (/nl/.../) or to an address starting with ${ALLOWED_SCHEMES.map((s) => `${s}:`).join(', ')}.`,
        });
      }
      break;
    default:
      break;
  }
  const { line, column } = at(node);
  return found.map((v) => ({ line, column, ...v }));
}

const firstLine = (text: string | null | undefined) => shorten((text ?? '').split('\n')[0] ?? '');
const shorten = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}...` : text);

/** The node types the rules look at (the compile step visits only these). */
export const CHECKED_NODE_TYPES = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'link',
  'image',
  'definition',
] as const;
