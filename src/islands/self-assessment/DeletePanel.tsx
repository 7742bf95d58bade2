import type { AssessmentLabels } from './labels';
import { fill } from './messages';
import type { Assessment } from './model';

interface Props {
  labels: AssessmentLabels;
  current: Assessment | null;
  /** Which deletion waits for confirmation. */
  confirm: 'one' | 'all' | null;
  onAsk: (what: 'one' | 'all') => void;
  /** Back to the buttons, the focus on `back`. */
  onCancel: (back: string) => void;
  onDeleteCurrent: () => void;
  onDeleteAll: () => void;
}

/** Deleting the open assessment or everything kept, each after a confirmation. */
export default function DeletePanel({
  labels,
  current,
  confirm,
  onAsk,
  onCancel,
  onDeleteCurrent,
  onDeleteAll,
}: Props) {
  const { strings } = labels;
  const confirmBox = (question: string, yes: string, onYes: () => void, back: string) => (
    <div class="sa-confirm" role="group" aria-labelledby="sa-confirm-question">
      <p id="sa-confirm-question">{question}</p>
      <button
        type="button"
        class="button button--primary sa-button-regular sa-danger"
        id="sa-confirm-yes"
        onClick={onYes}
      >
        {yes}
      </button>{' '}
      <button type="button" class="button button--small" onClick={() => onCancel(back)}>
        {strings.cancel}
      </button>
    </div>
  );
  return (
    <section class="sa-step sa-delete no-print" aria-label={strings.deleteAll}>
      {confirm === 'one' && current ? (
        confirmBox(
          fill(strings.deleteOneConfirm, { name: current.name }),
          strings.deleteOneYes,
          onDeleteCurrent,
          '#sa-delete-one',
        )
      ) : confirm === 'all' ? (
        confirmBox(strings.deleteAllConfirm, strings.deleteAllYes, onDeleteAll, '#sa-delete-all')
      ) : (
        <div class="sa-buttons">
          {current && (
            <button type="button" class="button button--small" id="sa-delete-one" onClick={() => onAsk('one')}>
              {strings.deleteOne}
            </button>
          )}
          <button
            type="button"
            class="button button--small sa-danger-outline"
            id="sa-delete-all"
            onClick={() => onAsk('all')}
          >
            {strings.deleteAll}
          </button>
        </div>
      )}
    </section>
  );
}
