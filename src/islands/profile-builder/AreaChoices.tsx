import type { ProfileData } from '../../lib/profile/data';
import { inLocale } from '../../lib/profile/data';
import { fill } from '../../lib/profile/document';
import type { ProfileArea } from '../../lib/profile/state';
import type { BuilderLabels } from './types';

interface Props {
  data: ProfileData;
  locale: string;
  labels: BuilderLabels;
  chosen: ProfileArea[];
  onToggle: (fn: string, area: string, on: boolean) => void;
  onMove: (index: number, offset: number) => void;
}

/** Result areas from the function descriptions, optional, in an order. */
export default function AreaChoices({ data, locale, labels, chosen, onToggle, onMove }: Props) {
  const { builder } = labels;
  const text = (value: Record<string, string>) => inLocale(value, locale, data.locales);
  const roleOf = (fn: string, area: string) => text(data.functions.find((f) => f.key === fn)?.areas.find((a) => a.key === area)?.role ?? {});
  return (
    <section class="builder-step" aria-labelledby="builder-areas">
      <h2 id="builder-areas">{builder.areasTitle}</h2>
      {data.functions.map((fn) => (
        <fieldset key={fn.key} class="area-choice">
          <legend>{fill(builder.areasFrom, { name: `${text(fn.title)} (${fn.classes.join('/')})` })}</legend>
          {fn.areas.map((area) => (
            <label key={area.key} class="area-option">
              <input
                type="checkbox"
                value={area.key}
                checked={chosen.some((c) => c.fn === fn.key && c.area === area.key)}
                onChange={(e) => onToggle(fn.key, area.key, e.currentTarget.checked)}
              />
              <span>{text(area.role)}{area.optional && <span class="optional"> ({labels.optional})</span>}</span>
            </label>
          ))}
        </fieldset>
      ))}
      {chosen.length > 1 && (
        <div class="area-order">
          <h3 id="builder-area-order">{builder.chosenAreas}</h3>
          <ol class="chosen-list" aria-labelledby="builder-area-order">
            {chosen.map((item, index) => {
              const role = roleOf(item.fn, item.area);
              return (
                <li key={`${item.fn}:${item.area}`} class="chosen chosen-area" id={`area-${item.fn}-${item.area}`}>
                  <span>{role}</span>
                  <span class="chosen-actions">
                    <button type="button" class="button-small" data-action="up" onClick={() => onMove(index, -1)}>
                      {builder.moveUp}<span class="visually-hidden">: {role}</span>
                    </button>
                    <button type="button" class="button-small" data-action="down" onClick={() => onMove(index, 1)}>
                      {builder.moveDown}<span class="visually-hidden">: {role}</span>
                    </button>
                  </span>
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
