import { describe, expect, it } from 'vitest';
import { canonicalJson, sourceHash } from '../../src/lib/source-hash';
import { competency } from './fixtures';

describe('canonicalJson', () => {
  it('sorts keys at every depth and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 'x' }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"e":"x","f":1}]},"b":1}',
    );
  });
});

describe('sourceHash', () => {
  const nl = competency('nl');

  it('is 12 hexadecimal digits and does not depend on key order', () => {
    const hash = sourceHash(nl);
    expect(hash).toMatch(/^[0-9a-f]{12}$/);
    const reordered = { data: Object.fromEntries(Object.entries(nl.data).reverse()) };
    expect(sourceHash(reordered)).toBe(hash);
  });

  it('changes when a text changes, an indicator is added or the body changes', () => {
    const hash = sourceHash(nl);
    expect(sourceHash({ data: { ...nl.data, definition: 'Andere definitie.' } })).not.toBe(hash);
    const more = structuredClone(nl.data);
    more.dimensions[0]!.indicators.D!.push('Nog een indicator.');
    expect(sourceHash({ data: more })).not.toBe(hash);
    expect(sourceHash({ data: nl.data, body: 'Tekst.' })).not.toBe(
      sourceHash({ data: nl.data, body: 'Andere tekst.' }),
    );
  });

  it('ignores the slug, the translation block, line endings and blank space around the body', () => {
    const hash = sourceHash({ data: nl.data, body: 'Eerste regel.\nTweede regel.' });
    expect(
      sourceHash({
        data: { ...nl.data, slug: 'ander-adres', translation: { from: 'fr', status: 'translated' as const } },
        body: '\n\nEerste regel.\r\nTweede regel.\n',
      }),
    ).toBe(hash);
  });
});
