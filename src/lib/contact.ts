/**
 * The "report an error" contact, configured when the site is built: `CONTACT_URL`, either a
 * `mailto:` address or an `https:` address. Absent or empty, the site shows no contact link;
 * anything else stops the build with a message saying what to write.
 */
export interface Contact {
  href: string;
  kind: 'mail' | 'web';
}

export function parseContact(value: string | undefined): Contact | null {
  const raw = value?.trim() ?? '';
  if (raw === '') return null;
  const problem = `CONTACT_URL is "${raw}": write a mailto: address (mailto:fouten@example.org) or an https: address (https://example.org/contact).`;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(problem);
  }
  if (url.protocol === 'mailto:' && /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(decodeURIComponent(url.pathname))) {
    return { href: raw, kind: 'mail' };
  }
  if (url.protocol === 'https:' && url.hostname !== '') return { href: url.href, kind: 'web' };
  throw new Error(problem);
}

/** The contact of this build (read once, at build time). */
export const siteContact = (): Contact | null => parseContact(process.env.CONTACT_URL);
