import { fill } from '../../lib/profile/fill';
import type { KeptCopy } from '../../lib/profile/kept';
import { exportDate } from '../../lib/profile/source';
import type { ProfileState } from '../../lib/profile/state';
import Confirm from './Confirm';
import StatusMessage from './StatusMessage';
import type { Confirm as Confirming, Status } from './store';
import type { BuilderLabels } from './types';

interface Props {
  kept: KeptCopy[];
  labels: BuilderLabels;
  htmlLang: string;
  confirm: Confirming | null;
  status: Status;
  summary: (state: ProfileState) => string;
  restore: (copy: KeptCopy) => void;
  remove: (copy: KeptCopy) => void;
  setConfirm: (confirm: Confirming | null) => void;
}

const SHOWN_RAW = 2000;

/** Profiles set aside in this browser (replaced, cleared, unreadable, from another tab): restore or delete each. */
export default function KeptCopies({
  kept,
  labels,
  htmlLang,
  confirm,
  status,
  summary,
  restore,
  remove,
  setConfirm,
}: Props) {
  const { output, builder } = labels;
  if (kept.length === 0) return <StatusMessage status={status} at="kept" />;
  const when = (copy: KeptCopy) =>
    copy.date
      ? `${exportDate(copy.date, htmlLang)} ${copy.date.toLocaleTimeString(htmlLang, { hour: '2-digit', minute: '2-digit' })}`
      : '—';
  return (
    <section class="builder-card builder-kept" aria-labelledby="builder-kept" id="builder-kept-section">
      <h2 id="builder-kept" tabIndex={-1}>
        {output.keptCopiesTitle}
      </h2>
      <p class="builder-hint">{output.keptCopiesHint}</p>
      <ul class="chosen-list">
        {kept.map((copy) => (
          <li key={copy.key} class="chosen" data-kept={copy.key}>
            <p>
              <strong>{fill(output.keptCopyAt, { date: when(copy) })}</strong>:{' '}
              {copy.state ? summary(copy.state) : output.keptCopyUnreadable}
            </p>
            {!copy.state && (
              <details>
                <summary>{output.keptCopyShow}</summary>
                <pre>{copy.raw.length > SHOWN_RAW ? `${copy.raw.slice(0, SHOWN_RAW)}…` : copy.raw}</pre>
              </details>
            )}
            {confirm?.kind === 'delete-kept' && confirm.key === copy.key ? (
              <Confirm
                question={fill(output.keptCopyDeleteConfirm, { date: when(copy) })}
                yes={output.keptCopyDelete}
                no={builder.cancel}
                onYes={() => remove(copy)}
                onNo={() => setConfirm(null)}
              />
            ) : (
              <div class="builder-actions">
                {copy.state && (
                  <button type="button" class="button" onClick={() => restore(copy)}>
                    {output.keptCopyRestore}
                  </button>
                )}
                <button
                  type="button"
                  class="button button--quiet button--danger-text"
                  onClick={() => setConfirm({ kind: 'delete-kept', key: copy.key })}
                >
                  {output.keptCopyDelete}
                </button>
              </div>
            )}
          </li>
        ))}
      </ul>
      <StatusMessage status={status} at="kept" />
    </section>
  );
}
