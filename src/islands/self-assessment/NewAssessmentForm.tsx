import { useState } from 'preact/hooks';
import type { AssessmentData } from './data-adapter';
import { fill } from './messages';
import type { AssessmentLabels } from './labels';
import { formatDate } from './labels';
import type { ChosenCompetency } from './model';
import { profileStart, queryOf } from './profile-link';

interface Props {
  data: AssessmentData;
  labels: AssessmentLabels;
  /** Keys of the core competencies, preselected. */
  coreKeys: readonly string[];
  now: () => string;
  onCreate: (name: string, competencies: ChosenCompetency[], skipped: string[]) => void;
}

/** Starts an assessment: a name, the level of one's function and an optional target, or a profile link. */
export default function NewAssessmentForm({ data, labels, coreKeys, now, onCreate }: Props) {
  const { strings, levelName, htmlLang } = labels;
  const [name, setName] = useState('');
  const [level, setLevel] = useState('');
  const [target, setTarget] = useState('');
  const [link, setLink] = useState('');
  const [error, setError] = useState<{ field: 'level' | 'link'; text: string } | null>(null);
  const placeholder = fill(strings.defaultName, { date: formatDate(now(), htmlLang) });
  const targets = level ? data.levels.slice(data.levels.indexOf(level) + 1) : [];

  const submit = (event: Event) => {
    event.preventDefault();
    const chosenName = name.trim() || placeholder;
    if (link.trim()) {
      const start = profileStart(queryOf(link), data);
      if (!start.found || start.competencies.length === 0) {
        setError({
          field: 'link',
          text:
            start.skipped.length > 0
              ? fill(strings.profileSkipped, { items: start.skipped.join(', ') })
              : strings.profileLinkEmpty,
        });
        document.getElementById('sa-new-link')?.focus();
        return;
      }
      onCreate(name.trim() || start.title || chosenName, start.competencies, start.skipped);
    } else {
      if (!level) {
        setError({ field: 'level', text: strings.levelMissing });
        document.getElementById('sa-new-level')?.focus();
        return;
      }
      const competencies = data.competencies
        .filter((c) => coreKeys.includes(c.key) && c.levels.includes(level))
        .map((c) => (target && c.levels.includes(target) ? { key: c.key, level, target } : { key: c.key, level }));
      onCreate(chosenName, competencies, []);
    }
    setName('');
    setLink('');
    setError(null);
  };

  const errorFor = (field: 'level' | 'link') =>
    error?.field === field ? (
      <p class="sa-field-error" id={`sa-new-${field}-error`}>
        {error.text}
      </p>
    ) : null;
  const describedBy = (field: 'level' | 'link', hint: string) =>
    [hint, error?.field === field ? `sa-new-${field}-error` : ''].filter(Boolean).join(' ');

  return (
    <form class="sa-new" onSubmit={submit} noValidate aria-label={strings.newTitle}>
      <p class="sa-hint">{strings.newIntro}</p>
      <div class="sa-fields">
        <label class="sa-field">
          <span>{strings.nameLabel}</span>
          <input
            type="text"
            id="sa-new-name"
            value={name}
            placeholder={placeholder}
            maxLength={120}
            autocomplete="off"
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </label>
        <div class="sa-field">
          <label for="sa-new-level">{strings.levelLabel}</label>
          <span class="sa-hint" id="sa-new-level-hint">
            {strings.levelHint}
          </span>
          <select
            id="sa-new-level"
            value={level}
            aria-describedby={describedBy('level', 'sa-new-level-hint')}
            aria-invalid={error?.field === 'level' ? 'true' : undefined}
            onChange={(e) => {
              setLevel(e.currentTarget.value);
              setTarget('');
              if (error?.field === 'level') setError(null);
            }}
          >
            <option value="">–</option>
            {data.levels.map((l) => (
              <option key={l} value={l}>
                {fill(levelName, { level: l })}
              </option>
            ))}
          </select>
          {errorFor('level')}
        </div>
        <div class="sa-field">
          <label for="sa-new-target">{strings.targetLabel}</label>
          <span class="sa-hint" id="sa-new-target-hint">
            {strings.targetHint}
          </span>
          <select
            id="sa-new-target"
            value={target}
            aria-describedby="sa-new-target-hint"
            disabled={targets.length === 0}
            onChange={(e) => setTarget(e.currentTarget.value)}
          >
            <option value="">{strings.targetNone}</option>
            {targets.map((l) => (
              <option key={l} value={l}>
                {fill(levelName, { level: l })}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="sa-field">
        <label for="sa-new-link">{strings.profileLinkLabel}</label>
        <span class="sa-hint" id="sa-new-link-hint">
          {strings.profileLinkHint}
        </span>
        <input
          type="url"
          id="sa-new-link"
          value={link}
          autocomplete="off"
          aria-describedby={describedBy('link', 'sa-new-link-hint')}
          aria-invalid={error?.field === 'link' ? 'true' : undefined}
          onInput={(e) => setLink(e.currentTarget.value)}
        />
        {errorFor('link')}
      </div>
      <button type="submit" class="button button--primary sa-button-regular">
        {strings.create}
      </button>
    </form>
  );
}
