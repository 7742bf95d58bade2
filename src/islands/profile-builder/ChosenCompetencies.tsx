import type { ProfileData } from '../../lib/profile/data';
import { indicatorCode, indicatorCodes, levelContent } from '../../lib/profile/data';
import { fill } from '../../lib/profile/fill';
import type { ProfileIndex } from '../../lib/profile/index-data';
import type { ProfileCompetency } from '../../lib/profile/state';
import Confirm from './Confirm';
import MoveButtons from './MoveButtons';
import type { Confirm as Confirming, Edit } from './store';
import type { BuilderLabels } from './types';

interface Props {
  index: ProfileIndex;
  /** The texts, once loaded (needed for the indicator choice). */
  data: ProfileData | null;
  locale: string;
  labels: BuilderLabels;
  chosen: ProfileCompetency[];
  confirm: Confirming | null;
  edit: (edit: Edit) => void;
  setConfirm: (confirm: Confirming | null) => void;
}

/** The chosen competencies as cards: level, indicators kept, order, removal (confirmed). */
export default function ChosenCompetencies({ index, data, locale, labels, chosen, confirm, edit, setConfirm }: Props) {
  const { builder, output } = labels;
  const nameOf = (key: string) => index.competencies.find((c) => c.key === key)?.name ?? key;
  const levelsOf = (key: string | undefined) => index.competencies.find((c) => c.key === key)?.levels ?? [];
  return (
    <ol class="chosen-list">
      {chosen.map((item, position) => {
        const name = nameOf(item.key);
        const entry = data?.competencies.find((c) => c.key === item.key);
        const content = entry && data ? levelContent(entry, item.level, locale, data.locales) : undefined;
        const codes = entry && data ? indicatorCodes(entry, item.level, data.locales) : [];
        const kept = item.indicators ?? codes;
        const id = `item-${item.key}`;
        const toggle = (code: string, on: boolean) => {
          const next = codes.filter((c) => (c === code ? on : kept.includes(c)));
          edit({ type: 'indicators', index: position, indicators: next.length === codes.length ? undefined : next });
        };
        const removing = confirm?.kind === 'remove' && confirm.key === item.key;
        return (
          <li key={item.key} class="chosen" id={id} data-competency={item.key}>
            <div class="chosen-head">
              <h3 id={`${id}-name`} tabIndex={-1}>
                {name}
              </h3>
              <label class="chosen-level">
                <span aria-hidden="true">{builder.levelLabel}</span>
                <select
                  aria-label={fill(builder.levelOf, { name })}
                  value={item.level}
                  onChange={(e) => edit({ type: 'level', index: position, level: e.currentTarget.value })}
                >
                  {levelsOf(item.key).map((l) => (
                    <option key={l} value={l}>
                      {fill(labels.levelName, { level: l })}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            {content && (
              <details class="indicator-choice">
                <summary>
                  {fill(builder.chooseIndicators, { count: String(kept.length), total: String(codes.length) })}
                </summary>
                {content.dimensions.map((dimension) => (
                  <fieldset key={dimension.key}>
                    <legend>
                      {dimension.key}. {dimension.name}
                    </legend>
                    {dimension.indicators.map((text, i) => {
                      const code = indicatorCode(dimension.key, i + 1);
                      return (
                        <label key={code} class="builder-check">
                          <input
                            type="checkbox"
                            value={code}
                            checked={kept.includes(code)}
                            onChange={(e) => toggle(code, e.currentTarget.checked)}
                          />
                          <span>{text}</span>
                        </label>
                      );
                    })}
                  </fieldset>
                ))}
              </details>
            )}
            {removing ? (
              <Confirm
                question={fill(output.removeConfirm, { name })}
                yes={output.removeYes}
                no={builder.cancel}
                onYes={() => edit({ type: 'remove', key: item.key })}
                onNo={() => setConfirm(null)}
              />
            ) : (
              <div class="chosen-actions builder-actions">
                <MoveButtons
                  labels={labels}
                  name={name}
                  index={position}
                  count={chosen.length}
                  onMove={(offset) => edit({ type: 'move', list: 'competencies', index: position, offset })}
                />
                <button
                  type="button"
                  class="button button--quiet button--danger-text"
                  data-action="remove"
                  onClick={() => setConfirm({ kind: 'remove', key: item.key })}
                >
                  {builder.remove}
                  <span class="visually-hidden">: {name}</span>
                </button>
              </div>
            )}
          </li>
        );
      })}
    </ol>
  );
}
