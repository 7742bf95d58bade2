import { describe, expect, it } from 'vitest';
import { levelOfAnchor, readLevelChoice, writeLevelChoice } from '../../src/islands/level-selector/level-param';

const levels = ['D', 'C', 'B', 'A'];

describe('level selector URL state', () => {
  it('reads a known level, case-insensitively', () => {
    expect(readLevelChoice('?level=B', levels)).toEqual({ kind: 'level', level: 'B' });
    expect(readLevelChoice('?level=b', levels)).toEqual({ kind: 'level', level: 'B' });
  });

  it('reads no parameter as every level', () => {
    expect(readLevelChoice('', levels)).toEqual({ kind: 'all' });
    expect(readLevelChoice('?level=', levels)).toEqual({ kind: 'all' });
  });

  it('reports an unknown level instead of guessing', () => {
    expect(readLevelChoice('?level=Z', levels)).toEqual({ kind: 'invalid', value: 'Z' });
    expect(readLevelChoice('?level=%3Cscript%3E', levels)).toEqual({ kind: 'invalid', value: '<script>' });
  });

  it('writes the choice and keeps other parameters', () => {
    expect(writeLevelChoice('?q=x', 'C')).toBe('?q=x&level=C');
    expect(writeLevelChoice('?level=C&q=x', null)).toBe('?q=x');
    expect(writeLevelChoice('?level=C', null)).toBe('');
  });

  it('finds the level of an anchor', () => {
    expect(levelOfAnchor('#B-A-2', levels)).toBe('B');
    expect(levelOfAnchor('#level-D', levels)).toBe('D');
    expect(levelOfAnchor('#definition', levels)).toBeNull();
    expect(levelOfAnchor('', levels)).toBeNull();
  });
});
