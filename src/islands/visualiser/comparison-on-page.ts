import { cellAnchor } from '../../lib/anchors';
import { compareLevels, type Comparison, type DimensionInput } from './progression';

/**
 * The full comparison of two levels, loaded by the progression view only when a comparison is
 * opened (it brings the word diff, jsdiff, and the panel), so reading the page does not download
 * it. The indicators are read from the page's level matrix, which shows every one of them (as the
 * copy tools do): the island's props do not carry the texts a second time.
 */
export { default as ComparisonPanel } from './Comparison';

/** The indicators of one dimension at one level, as the level matrix shows them (`#B-A li`). */
function indicatorsOnPage(level: string, dimension: string): string[] {
  const cell = document.getElementById(cellAnchor(level, dimension));
  return cell ? [...cell.querySelectorAll('li')].map((item) => item.textContent?.trim() ?? '') : [];
}

export function comparisonOnPage(
  dimensions: readonly { key: string; name: string }[],
  levels: readonly string[],
  first: string,
  second: string,
): Comparison {
  const inputs: DimensionInput[] = dimensions.map(({ key, name }) => ({
    key,
    name,
    indicators: Object.fromEntries(levels.map((level) => [level, indicatorsOnPage(level, key)])),
  }));
  return compareLevels(inputs, levels, first, second);
}
