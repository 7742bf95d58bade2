/**
 * Links and images in a body point to a page or file of the site (a relative path), to the web
 * (http, https), or to an e-mail address or telephone number. Any other scheme (javascript:,
 * data:, vbscript:, file:, ...) is refused.
 */
export const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'] as const;

/** The scheme of a URL as a browser reads it (it ignores tabs, newlines and leading spaces), or `undefined` when relative. */
export function urlScheme(url: string): string | undefined {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  return /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase();
}

export function isAllowedUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || (ALLOWED_SCHEMES as readonly string[]).includes(scheme);
}
