import type { AssessmentData } from './data-adapter';
import { competencyName } from './data-adapter';
import type { AssessmentLabels } from './labels';
import { fill } from './messages';
import type { ChosenCompetency } from './model';

interface Props {
  data: AssessmentData;
  labels: AssessmentLabels;
  locale: string;
  chosen: readonly ChosenCompetency[];
  partner: boolean;
  /** The level a newly ticked competency starts at. */
  defaultLevel: string;
  onChange: (chosen: ChosenCompetency[]) => void;
  onPartner: (on: boolean) => void;
}

/** Which competencies, at which level (and target level), and whether a partner's column is shown. */
export default function CompetencyPicker({
  data,
  labels,
  locale,
  chosen,
  partner,
  defaultLevel,
  onChange,
  onPartner,
}: Props) {
  const { strings, levelName } = labels;
  const update = (key: string, change: Partial<ChosenCompetency> | null) => {
    const known = data.competencies.find((c) => c.key === key)!;
    if (change === null) return onChange(chosen.filter((c) => c.key !== key));
    const existing = chosen.find((c) => c.key === key);
    if (!existing) {
      const level = known.levels.includes(defaultLevel) ? defaultLevel : known.levels[0]!;
      // In the order of the data, so the form follows the model.
      const next = [...chosen, { key, level }];
      return onChange(data.competencies.flatMap((c) => next.filter((n) => n.key === c.key)));
    }
    const merged: ChosenCompetency = { ...existing, ...change };
    if (merged.target === undefined || data.levels.indexOf(merged.target) <= data.levels.indexOf(merged.level))
      delete merged.target;
    onChange(chosen.map((c) => (c.key === key ? merged : c)));
  };

  return (
    <section class="sa-step no-print" aria-labelledby="sa-competencies-title">
      <h2 id="sa-competencies-title">{strings.competenciesTitle}</h2>
      <p class="sa-hint">{strings.competenciesHint}</p>
      <ul class="sa-picker">
        {data.competencies.map((competency) => {
          const item = chosen.find((c) => c.key === competency.key);
          const name = competencyName(data, competency.key, locale);
          const targets = item ? competency.levels.slice(competency.levels.indexOf(item.level) + 1) : [];
          return (
            <li key={competency.key} class="sa-picker-item" data-competency={competency.key}>
              <label class="sa-check">
                <input
                  type="checkbox"
                  checked={item !== undefined}
                  onChange={(e) => update(competency.key, e.currentTarget.checked ? {} : null)}
                />
                <span>{name}</span>
              </label>
              {item && (
                <span class="sa-picker-levels">
                  <label>
                    <span>{strings.competencyLevel}</span>{' '}
                    <select
                      value={item.level}
                      aria-label={`${strings.competencyLevel}: ${name}`}
                      onChange={(e) => update(competency.key, { level: e.currentTarget.value })}
                    >
                      {competency.levels.map((l) => (
                        <option key={l} value={l}>
                          {fill(levelName, { level: l })}
                        </option>
                      ))}
                    </select>
                  </label>
                  <label>
                    <span>{strings.competencyTarget}</span>{' '}
                    <select
                      value={item.target ?? ''}
                      aria-label={`${strings.competencyTarget}: ${name}`}
                      disabled={targets.length === 0}
                      onChange={(e) => update(competency.key, { target: e.currentTarget.value || undefined })}
                    >
                      <option value="">{strings.targetNone}</option>
                      {targets.map((l) => (
                        <option key={l} value={l}>
                          {fill(levelName, { level: l })}
                        </option>
                      ))}
                    </select>
                  </label>
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <label class="sa-check sa-partner-toggle">
        <input
          type="checkbox"
          checked={partner}
          aria-describedby="sa-partner-hint"
          onChange={(e) => onPartner(e.currentTarget.checked)}
        />
        <span>{strings.partnerToggle}</span>
      </label>
      <p class="sa-hint" id="sa-partner-hint">
        {strings.partnerHint}
      </p>
    </section>
  );
}
