import type { Checked } from '../../lib/profile/start';
import { fill } from '../../lib/profile/fill';
import type { ProfileState } from '../../lib/profile/state';
import { ProblemList } from './Notices';
import type { BuilderLabels } from './types';

interface Props {
  link: Checked;
  stored: Checked;
  labels: BuilderLabels;
  nameOf: (kind: 'competency' | 'function', key: string) => string;
  choose: (useLink: boolean) => void;
}

/** A link holds another profile than the one kept in this browser: the user chooses; nothing is lost either way. */
export default function ConflictDialog({ link, stored, labels, nameOf, choose }: Props) {
  const { builder } = labels;
  const summary = (s: ProfileState) =>
    fill(builder.profileSummary, {
      title: s.title ? `‘${s.title}’` : builder.untitled,
      competencies: s.competencies.map((c) => `${nameOf('competency', c.key)} (${c.level})`).join(', ') || '0',
      areas: String(s.areas.length),
    });
  return (
    <section
      class="builder-notice builder-conflict"
      id="conflict"
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby="conflict-title"
      aria-describedby="conflict-text"
    >
      <h2 id="conflict-title">{builder.conflictTitle}</h2>
      <p id="conflict-text">{builder.conflictText}</p>
      <ul>
        <li>{fill(builder.conflictLink, { summary: summary(link.state) })}</li>
        <li>{fill(builder.conflictStored, { summary: summary(stored.state) })}</li>
      </ul>
      {link.problems.length > 0 && (
        <>
          <p>{builder.linkProblems}</p>
          <ProblemList problems={link.problems} labels={labels} nameOf={nameOf} />
        </>
      )}
      <div class="builder-actions">
        <button type="button" class="button" onClick={() => choose(true)}>
          {builder.useLinkProfile}
        </button>
        <button type="button" class="button" onClick={() => choose(false)}>
          {builder.keepStoredProfile}
        </button>
      </div>
    </section>
  );
}
