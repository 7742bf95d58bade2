import type { AssessmentData } from './data-adapter';
import type { AssessmentLabels } from './labels';
import { competencyName } from './data-adapter';
import { fill } from './messages';
import type { ProfileStart } from './profile-link';
import { STORE_BACKUP_KEY } from './store';
import type { Notice } from './useSelfAssessment';

interface Props {
  data: AssessmentData;
  locale: string;
  labels: AssessmentLabels;
  storageOff: boolean;
  /** A stored value that could not be read (set aside under `STORE_BACKUP_KEY`). */
  unreadable: string | null;
  onDismissUnreadable: () => void;
  notice: Notice | null;
  onDismissNotice: () => void;
  /** A profile link that could start a new assessment, while others are kept. */
  offer: ProfileStart | null;
  onAcceptOffer: () => void;
  onDeclineOffer: () => void;
}

/** What the page has to tell before the assessments: storage, an unreadable value, a message, a profile link's offer. */
export default function Notices(props: Props) {
  const { data, locale, labels, storageOff, unreadable, notice, offer } = props;
  const { strings } = labels;
  return (
    <>
      {storageOff && <p class="sa-notice no-print">{strings.storageUnavailable}</p>}
      {unreadable !== null && (
        <div class="sa-notice sa-notice-problem no-print" role="alert" data-notice="stored-corrupt">
          <p>{fill(strings.storedCorrupt, { key: STORE_BACKUP_KEY })}</p>
          <details>
            <summary>{strings.showStoredValue}</summary>
            <pre>{unreadable.slice(0, 2000)}</pre>
          </details>
          <button type="button" class="button button--small" onClick={props.onDismissUnreadable}>
            {strings.close}
          </button>
        </div>
      )}
      {notice && (
        <div
          class={`sa-notice no-print ${notice.kind === 'problem' ? 'sa-notice-problem' : ''}`}
          id="sa-notice"
          tabIndex={-1}
          role={notice.kind === 'problem' ? 'alert' : 'status'}
          data-notice={notice.kind}
          key={notice.id}
        >
          <p>{notice.text}</p>
          <button type="button" class="button button--small" onClick={props.onDismissNotice}>
            {strings.close}
          </button>
        </div>
      )}
      {offer && (
        <section class="sa-notice sa-offer no-print" id="sa-offer" tabIndex={-1} aria-labelledby="sa-offer-title">
          <h2 id="sa-offer-title">{strings.profileStartTitle}</h2>
          <p>
            {fill(strings.profileStartText, {
              competencies: offer.competencies
                .map((c) => `${competencyName(data, c.key, locale)} (${fill(labels.levelName, { level: c.level })})`)
                .join(', '),
            })}
          </p>
          <button type="button" class="button button--primary sa-button-regular" onClick={props.onAcceptOffer}>
            {strings.profileStartYes}
          </button>{' '}
          <button type="button" class="button button--small" onClick={props.onDeclineOffer}>
            {strings.profileStartNo}
          </button>
        </section>
      )}
    </>
  );
}
