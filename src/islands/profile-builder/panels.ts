/**
 * Everything the builder shows only once there is something to show (chosen items, export,
 * notices, conflict, kept copies): one chunk, loaded with the later strings.
 */
export { default as AreaOrder } from './AreaOrder';
export { default as ChosenCompetencies } from './ChosenCompetencies';
export { default as ConflictDialog } from './ConflictDialog';
export { default as ExportPanel } from './ExportPanel';
export { default as KeptCopies } from './KeptCopies';
export { default as Notices } from './Notices';
export { default as ResetProfile } from './ResetProfile';
