import type { Redirect } from './policy.ts';

/**
 * Reads a `_redirects` file (Netlify's format, the subset this site writes): one redirect per
 * line, `from to [status]`, paths without the deployment base, `#` comments and blank lines
 * ignored. Anything else (splats, placeholders, query rules, absolute URLs) is an error naming the
 * line, since a rule silently dropped would break an old address without anyone noticing.
 */
export function parseRedirects(text: string, file = '_redirects'): Redirect[] {
  const redirects: Redirect[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/#.*$/, '').trim();
    if (line === '') return;
    const where = `${file}, line ${index + 1} ("${raw.trim()}")`;
    const [from, to, status = '301', ...rest] = line.split(/\s+/);
    if (!from || !to || rest.length > 0) {
      problems.push(
        `${where}: expected "from to [status]", e.g. "/fr/competences/ancien/ /fr/competences/nouveau/ 301".`,
      );
      return;
    }
    const bad = [from, to].find((path) => !/^\/[^\s*:?#]*$/.test(path));
    if (bad) {
      problems.push(
        `${where}: "${bad}" is not a plain site path starting with "/" (no "*", ":placeholder", "?" or host); write each old address out in full.`,
      );
      return;
    }
    const code = Number(status.replace(/!$/, ''));
    if (![301, 302, 307, 308].includes(code)) {
      problems.push(`${where}: status "${status}" is not a redirect; use 301 (permanent) or 302 (temporary).`);
      return;
    }
    redirects.push({ from, to, status: code });
  });
  if (problems.length > 0) throw new Error(`Cannot read the redirects:\n  ${problems.join('\n  ')}`);
  return redirects;
}
