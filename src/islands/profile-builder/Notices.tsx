import type { ProfileProblem } from '../../lib/profile/codec';
import { fill } from '../../lib/profile/fill';
import { problemLines } from '../../lib/profile/messages';
import type { BuilderModel } from './store';
import type { BuilderLabels } from './types';

interface Props {
  model: BuilderModel;
  labels: BuilderLabels;
  nameOf: (kind: 'competency' | 'function', key: string) => string;
  dismiss: (notice: 'link' | 'stored' | 'corrupt') => void;
}

/** At most this much of an unreadable stored value is shown. */
const SHOWN_RAW = 2000;

export function ProblemList({
  problems,
  labels,
  nameOf,
}: {
  problems: ProfileProblem[];
  labels: BuilderLabels;
  nameOf: Props['nameOf'];
}) {
  const strings = { ...labels.builder, ...labels.output };
  return (
    <ul>
      {problemLines(problems, strings, nameOf).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  );
}

/** What went wrong when the builder started (link, stored profile, storage), each with a way to close it. */
export default function Notices({ model, labels, nameOf, dismiss }: Props) {
  const { builder, output } = labels;
  const { corrupt } = model;
  const close = (notice: 'link' | 'stored' | 'corrupt') => (
    <button type="button" class="button button--quiet" onClick={() => dismiss(notice)}>
      {builder.close}
    </button>
  );
  return (
    <>
      {model.storageOff && !corrupt && <p class="builder-notice">{builder.storageUnavailable}</p>}
      {corrupt && (
        <div class="builder-notice builder-notice-problem" role="alert" data-notice="stored-corrupt">
          <p>
            {corrupt.key ? fill(output.storedCorruptKept, { key: corrupt.key }) : output.storedCorruptNotKept}{' '}
            {corrupt.started === 'link' ? output.startedFromLink : output.startedEmpty}
          </p>
          <details>
            <summary>{builder.showStoredValue}</summary>
            <pre>{corrupt.raw.length > SHOWN_RAW ? `${corrupt.raw.slice(0, SHOWN_RAW)}…` : corrupt.raw}</pre>
          </details>
          {close('corrupt')}
        </div>
      )}
      {model.linkProblems.length > 0 && (
        <div class="builder-notice builder-notice-problem" role="alert" data-notice="link">
          <p>{builder.linkProblems}</p>
          <ProblemList problems={model.linkProblems} labels={labels} nameOf={nameOf} />
          {close('link')}
        </div>
      )}
      {model.storedProblems.length > 0 && (
        <div class="builder-notice builder-notice-problem" role="alert" data-notice="stored">
          <p>{builder.storedProblems}</p>
          <ProblemList problems={model.storedProblems} labels={labels} nameOf={nameOf} />
          {close('stored')}
        </div>
      )}
    </>
  );
}
