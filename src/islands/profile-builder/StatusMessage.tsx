import type { Status } from './store';

/**
 * Where a message about an action appears: next to the control that caused it, in a polite live
 * region (so it is announced), empty until it has something to say. `at` names the place.
 */
export default function StatusMessage({ status, at }: { status: Status; at: string }) {
  const here = status.at === at && status.text !== '';
  return (
    <p
      class="builder-status"
      aria-live="polite"
      aria-atomic="true"
      data-builder-status={here ? '' : undefined}
      data-status-at={at}
    >
      {here && <span key={status.count}>{status.text}</span>}
    </p>
  );
}
