/**
 * Internal links in MDX bodies: every link to a page of the site must name a page that exists.
 * Links to other sites, to files (a name with an extension) and to anchors on the same page are
 * not checked here.
 */
import { editDistance } from './did-you-mean';

export interface BodyLink {
  target: string;
  /** Line within the body, 1-based. */
  line: number;
}

const MARKDOWN_LINK = /\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g;
const REFERENCE = /^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm;
const HREF = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function bodyLinks(body: string): BodyLink[] {
  const links: BodyLink[] = [];
  const lineOf = (index: number) => body.slice(0, index).split('\n').length;
  for (const pattern of [MARKDOWN_LINK, REFERENCE, HREF]) {
    for (const match of body.matchAll(pattern)) {
      const target = match[1] ?? match[2];
      if (target) links.push({ target, line: lineOf(match.index) });
    }
  }
  return links.sort((a, b) => a.line - b.line);
}

/** The path a link points to, resolved against the page it is on; `undefined` when not checked. */
export function internalPath(target: string, fromPath: string): string | undefined {
  if (
    /^[a-z][a-z0-9+.-]*:/i.test(target) ||
    target.startsWith('//') ||
    target.startsWith('#') ||
    target.startsWith('?')
  )
    return undefined;
  const url = new URL(target, `https://site.invalid${fromPath}`);
  const path = decodeURI(url.pathname);
  if (/\.[a-z0-9]+$/i.test(path.split('/').pop() ?? '')) return undefined;
  return path;
}

/** What is wrong with a link (message and fix), or `undefined` when it points to a page. */
export function checkLink(
  target: string,
  fromPath: string,
  sitePaths: ReadonlySet<string>,
): { message: string; fix: string } | undefined {
  const path = internalPath(target, fromPath);
  if (path === undefined || sitePaths.has(path)) return undefined;
  if (!path.endsWith('/') && sitePaths.has(`${path}/`)) {
    return {
      message: `links to "${target}", which lacks the final "/".`,
      fix: `Write "${target.replace(/(?=[?#]|$)/, '/')}": every address of the site ends with "/".`,
    };
  }
  const nearest = [...sitePaths].sort((a, b) => editDistance(path, a) - editDistance(path, b))[0];
  return {
    message: `links to "${target}", which is not a page of the site.`,
    fix: `Link to an existing page${nearest ? ` (did you mean "${nearest}"?)` : ''}; addresses start with the language, e.g. "/nl/…/".`,
  };
}
