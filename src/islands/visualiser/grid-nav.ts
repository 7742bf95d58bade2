/** Keyboard movement in a grid of cells (rows x columns), as in the ARIA grid pattern. */
export interface GridPosition {
  row: number;
  col: number;
}

const clamp = (value: number, max: number) => Math.max(0, Math.min(max, value));

/** The cell a key moves to, or `null` when the key does not move (Enter, letters, …). No wrapping. */
export function moveInGrid(
  from: GridPosition,
  key: string,
  size: { rows: number; cols: number },
  ctrlKey = false,
): GridPosition | null {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  switch (key) {
    case 'ArrowRight':
      return { row: from.row, col: clamp(from.col + 1, lastCol) };
    case 'ArrowLeft':
      return { row: from.row, col: clamp(from.col - 1, lastCol) };
    case 'ArrowDown':
      return { row: clamp(from.row + 1, lastRow), col: from.col };
    case 'ArrowUp':
      return { row: clamp(from.row - 1, lastRow), col: from.col };
    case 'Home':
      return { row: ctrlKey ? 0 : from.row, col: 0 };
    case 'End':
      return { row: ctrlKey ? lastRow : from.row, col: lastCol };
    default:
      return null;
  }
}
