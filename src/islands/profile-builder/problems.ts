/** The notices and the conflict dialog, loaded only when there is something to report. */
export { default as Notices } from './Notices';
export { default as ConflictDialog } from './ConflictDialog';
