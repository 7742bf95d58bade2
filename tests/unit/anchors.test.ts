import { describe, expect, it } from 'vitest';
import { cellAnchor, dimensionAnchor, indicatorAnchor, levelAnchor } from '../../src/lib/anchors';

describe('anchor ids', () => {
  it('are language-neutral: level, dimension, position', () => {
    expect(levelAnchor('B')).toBe('level-B');
    expect(cellAnchor('B', 'A')).toBe('B-A');
    expect(indicatorAnchor('B', 'A', 2)).toBe('B-A-2');
    expect(dimensionAnchor('C')).toBe('dimension-C');
  });

  it('are prefixed by the competency key on pages that show several competencies', () => {
    expect(cellAnchor('D', 'C', 'in-team-werken')).toBe('in-team-werken-D-C');
    expect(indicatorAnchor('D', 'C', 1, 'in-team-werken')).toBe('in-team-werken-D-C-1');
  });
});
