import { describe, expect, it } from 'vitest';
import { parseStoredJson } from '../../src/lib/stored-json';

describe('parseStoredJson', () => {
  it('reads nothing stored as none', () => {
    expect(parseStoredJson(null)).toEqual({ kind: 'none' });
    expect(parseStoredJson('')).toEqual({ kind: 'none' });
  });

  it('keeps text that is not JSON as corrupt', () => {
    expect(parseStoredJson('{"v":1')).toEqual({ kind: 'corrupt', raw: '{"v":1' });
    expect(parseStoredJson(' ')).toEqual({ kind: 'corrupt', raw: ' ' });
  });

  it('returns any parsed value unchecked, with its text', () => {
    expect(parseStoredJson('{"v":1,"a":[2]}')).toEqual({
      kind: 'json',
      raw: '{"v":1,"a":[2]}',
      value: { v: 1, a: [2] },
    });
    expect(parseStoredJson('null')).toEqual({ kind: 'json', raw: 'null', value: null });
    expect(parseStoredJson('"x"')).toEqual({ kind: 'json', raw: '"x"', value: 'x' });
  });
});
