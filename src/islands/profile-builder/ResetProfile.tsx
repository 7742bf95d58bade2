import Confirm from './Confirm';
import StatusMessage from './StatusMessage';
import type { Status } from './store';
import type { BuilderLabels } from './types';

interface Props {
  labels: BuilderLabels;
  /** Something to clear (otherwise only the message of the last reset is shown). */
  canReset: boolean;
  confirming: boolean;
  status: Status;
  ask: (on: boolean) => void;
  reset: () => void;
}

/** Starting a new profile: a destructive action, confirmed first (the old profile is set aside). */
export default function ResetProfile({ labels, canReset, confirming, status, ask, reset }: Props) {
  const { builder } = labels;
  return (
    <div class="builder-card builder-reset">
      {!canReset ? null : confirming ? (
        <Confirm
          question={builder.resetConfirm}
          yes={builder.resetYes}
          no={builder.cancel}
          onYes={reset}
          onNo={() => ask(false)}
        />
      ) : (
        <button
          type="button"
          class="button button--quiet button--danger-text"
          id="reset-profile"
          onClick={() => ask(true)}
        >
          {builder.resetProfile}
        </button>
      )}
      <StatusMessage status={status} at="reset" />
    </div>
  );
}
