import { describe, expect, it } from 'vitest';
import { canonicalText, textAtLevel, variantLevels } from '../../src/lib/level-text';

const levels = ['D', 'C', 'B', 'A'];

describe('level texts', () => {
  it('a plain string is the same at every level', () => {
    expect(textAtLevel('zelfde tekst', 'B')).toBe('zelfde tekst');
    expect(canonicalText('zelfde tekst')).toBe('zelfde tekst');
    expect(variantLevels('zelfde tekst', levels)).toEqual([]);
  });

  it('a level with its own wording gets that wording; the others the canonical text', () => {
    const value = { text: 'vertrouwelijkheid respecteren', levels: { C: 'het vertrouwelijke karakter respecteren' } };
    expect(textAtLevel(value, 'C')).toBe('het vertrouwelijke karakter respecteren');
    expect(textAtLevel(value, 'D')).toBe('vertrouwelijkheid respecteren');
    expect(canonicalText(value)).toBe('vertrouwelijkheid respecteren');
  });

  it('lists variant levels in level order and ignores variants equal to the canonical text', () => {
    const value = { text: 'x', levels: { A: 'y', C: 'z', B: 'x' } };
    expect(variantLevels(value, levels)).toEqual(['C', 'A']);
  });
});
