import { useState } from 'preact/hooks';
import type { ProfileData } from '../../lib/profile/data';
import { indicatorCode, indicatorCodes, inLocale, levelContent } from '../../lib/profile/data';
import { fill } from '../../lib/profile/document';
import type { ProfileCompetency } from '../../lib/profile/state';
import type { BuilderLabels } from './types';

interface Props {
  data: ProfileData;
  locale: string;
  labels: BuilderLabels;
  chosen: ProfileCompetency[];
  onAdd: (key: string, level: string) => void;
  onLevel: (index: number, level: string) => void;
  onMove: (index: number, offset: number) => void;
  onRemove: (index: number) => void;
  onIndicators: (index: number, indicators: string[] | undefined) => void;
}

/** Choosing competencies, each at a level, in an order, optionally with only some indicators. */
export default function CompetencyChoices({ data, locale, labels, chosen, onAdd, onLevel, onMove, onRemove, onIndicators }: Props) {
  const { builder } = labels;
  const nameOf = (key: string) => inLocale(data.competencies.find((c) => c.key === key)?.name, locale, data.locales);
  const available = data.competencies.filter((c) => !chosen.some((x) => x.key === c.key));
  const [pick, setPick] = useState('');
  const [pickLevel, setPickLevel] = useState('');
  const selected = available.find((c) => c.key === pick) ?? available[0];
  const levelsOf = (key: string | undefined) => data.levels.filter((l) => data.competencies.find((c) => c.key === key)?.levels[l]);
  const selectedLevels = levelsOf(selected?.key);
  const level = selectedLevels.includes(pickLevel) ? pickLevel : selectedLevels[0] ?? '';

  return (
    <section class="builder-step" aria-labelledby="builder-competencies">
      <h2 id="builder-competencies" tabIndex={-1}>{builder.competenciesTitle}</h2>
      {available.length > 0 ? (
        <form
          class="add-competency"
          onSubmit={(event) => {
            event.preventDefault();
            if (selected && level) onAdd(selected.key, level);
          }}
        >
          <label>
            <span>{builder.competencyLabel}</span>
            <select id="add-competency" value={selected?.key} onChange={(e) => setPick(e.currentTarget.value)}>
              {available.map((c) => <option key={c.key} value={c.key}>{inLocale(c.name, locale, data.locales)}</option>)}
            </select>
          </label>
          <label>
            <span>{builder.levelLabel}</span>
            <select id="add-level" value={level} onChange={(e) => setPickLevel(e.currentTarget.value)}>
              {selectedLevels.map((l) => <option key={l} value={l}>{fill(labels.levelName, { level: l })}</option>)}
            </select>
          </label>
          <button type="submit" class="button">{builder.add}</button>
        </form>
      ) : (
        <p class="hint">{builder.allAdded}</p>
      )}
      {chosen.length === 0 ? (
        <p class="hint">{builder.noCompetencies}</p>
      ) : (
        <ol class="chosen-list">
          {chosen.map((item, index) => {
            const entry = data.competencies.find((c) => c.key === item.key)!;
            const name = nameOf(item.key);
            const content = levelContent(entry, item.level, locale, data.locales);
            const codes = indicatorCodes(entry, item.level, data.locales);
            const kept = item.indicators ?? codes;
            const id = `item-${item.key}`;
            const toggle = (code: string, on: boolean) => {
              const next = codes.filter((c) => (c === code ? on : kept.includes(c)));
              onIndicators(index, next.length === codes.length ? undefined : next);
            };
            return (
              <li key={item.key} class="chosen" id={id} data-competency={item.key}>
                <div class="chosen-head">
                  <h3 id={`${id}-name`} tabIndex={-1}>{name}</h3>
                  <label class="chosen-level">
                    <span aria-hidden="true">{builder.levelLabel}</span>
                    <select aria-label={fill(builder.levelOf, { name })} value={item.level} onChange={(e) => onLevel(index, e.currentTarget.value)}>
                      {levelsOf(item.key).map((l) => <option key={l} value={l}>{fill(labels.levelName, { level: l })}</option>)}
                    </select>
                  </label>
                </div>
                <div class="chosen-actions">
                  <button type="button" class="button-small" data-action="up" onClick={() => onMove(index, -1)}>
                    {builder.moveUp}<span class="visually-hidden">: {name}</span>
                  </button>
                  <button type="button" class="button-small" data-action="down" onClick={() => onMove(index, 1)}>
                    {builder.moveDown}<span class="visually-hidden">: {name}</span>
                  </button>
                  <button type="button" class="button-small" data-action="remove" onClick={() => onRemove(index)}>
                    {builder.remove}<span class="visually-hidden">: {name}</span>
                  </button>
                </div>
                <details class="indicator-choice">
                  <summary>{fill(builder.chooseIndicators, { count: String(kept.length), total: String(codes.length) })}</summary>
                  {content?.dimensions.map((dimension) => (
                    <fieldset key={dimension.key}>
                      <legend>{dimension.key}. {dimension.name}</legend>
                      {dimension.indicators.map((text, i) => {
                        const code = indicatorCode(dimension.key, i + 1);
                        return (
                          <label key={code} class="indicator-option">
                            <input type="checkbox" value={code} checked={kept.includes(code)} onChange={(e) => toggle(code, e.currentTarget.checked)} />
                            <span>{text}</span>
                          </label>
                        );
                      })}
                    </fieldset>
                  ))}
                </details>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
