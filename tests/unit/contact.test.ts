import { describe, expect, it } from 'vitest';
import { parseContact } from '../../src/lib/contact';

describe('the build-time contact (CONTACT_URL)', () => {
  it('is absent when not set or empty', () => {
    expect(parseContact(undefined)).toBeNull();
    expect(parseContact('  ')).toBeNull();
  });
  it('accepts an e-mail address as a mailto: link', () => {
    expect(parseContact('mailto:fouten@example.org')).toEqual({ href: 'mailto:fouten@example.org', kind: 'mail' });
    expect(parseContact(' mailto:a.b@example.be?subject=Fout ')).toEqual({
      href: 'mailto:a.b@example.be?subject=Fout',
      kind: 'mail',
    });
  });
  it('accepts an https: address', () => {
    expect(parseContact('https://example.org/contact')).toEqual({ href: 'https://example.org/contact', kind: 'web' });
  });
  it('refuses anything else, naming the variable and what to write', () => {
    for (const value of [
      'fouten@example.org',
      'http://example.org/',
      'javascript:alert(1)',
      'mailto:nobody',
      'ftp://x.org/',
    ]) {
      expect(() => parseContact(value), value).toThrow(/CONTACT_URL is ".*": write a mailto: address/);
    }
  });
});
