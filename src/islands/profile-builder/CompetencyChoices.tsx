import { useState } from 'preact/hooks';
import type { ProfileData } from '../../lib/profile/data';
import { fill } from '../../lib/profile/fill';
import type { ProfileIndex } from '../../lib/profile/index-data';
import type { ProfileCompetency } from '../../lib/profile/state';
import type { Confirm as Confirming, Edit } from './store';
import type { BuilderLabels, EarlyLabels } from './types';

type Panels = typeof import('./panels');

interface Props {
  index: ProfileIndex;
  /** The texts, once loaded (needed for the indicator choice). */
  data: ProfileData | null;
  locale: string;
  labels: EarlyLabels;
  /** Every string, once fetched (the cards of the chosen competencies need them). */
  full: BuilderLabels | null;
  /** The later panels' code, once loaded. */
  panels: Panels | null;
  chosen: ProfileCompetency[];
  confirm: Confirming | null;
  edit: (edit: Edit) => void;
  setConfirm: (confirm: Confirming | null) => void;
}

/** Choosing competencies, each at a level, in an order, optionally with only some indicators. */
export default function CompetencyChoices({
  index,
  data,
  locale,
  labels,
  full,
  panels,
  chosen,
  confirm,
  edit,
  setConfirm,
}: Props) {
  const { builder } = labels;
  const available = index.competencies.filter((c) => !chosen.some((x) => x.key === c.key));
  const [pick, setPick] = useState('');
  const [pickLevel, setPickLevel] = useState('');
  const selected = available.find((c) => c.key === pick) ?? available[0];
  const levelsOf = (key: string | undefined) => index.competencies.find((c) => c.key === key)?.levels ?? [];
  const selectedLevels = levelsOf(selected?.key);
  const level = selectedLevels.includes(pickLevel) ? pickLevel : (selectedLevels[0] ?? '');

  return (
    <section class="builder-card" aria-labelledby="builder-competencies">
      <h2 id="builder-competencies" tabIndex={-1}>
        {builder.competenciesTitle}
      </h2>
      {available.length > 0 ? (
        <form
          class="add-competency"
          onSubmit={(event) => {
            event.preventDefault();
            if (selected && level) edit({ type: 'add', key: selected.key, level });
          }}
        >
          <label>
            <span>{builder.competencyLabel}</span>
            <select id="add-competency" value={selected?.key} onChange={(e) => setPick(e.currentTarget.value)}>
              {available.map((c) => (
                <option key={c.key} value={c.key}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{builder.levelLabel}</span>
            <select id="add-level" value={level} onChange={(e) => setPickLevel(e.currentTarget.value)}>
              {selectedLevels.map((l) => (
                <option key={l} value={l}>
                  {fill(labels.levelName, { level: l })}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" class="button">
            {builder.add}
          </button>
        </form>
      ) : (
        <p class="builder-hint">{builder.allAdded}</p>
      )}
      {chosen.length === 0 ? (
        <p class="builder-hint">{builder.noCompetencies}</p>
      ) : (
        panels &&
        full && (
          <panels.ChosenCompetencies
            index={index}
            data={data}
            locale={locale}
            labels={full}
            chosen={chosen}
            confirm={confirm}
            edit={edit}
            setConfirm={setConfirm}
          />
        )
      )}
    </section>
  );
}
