import { fill } from '../../lib/profile/fill';
import type { ProfileIndex } from '../../lib/profile/index-data';
import type { ProfileArea } from '../../lib/profile/state';
import type { Edit } from './store';
import type { BuilderLabels, EarlyLabels } from './types';

type Panels = typeof import('./panels');

interface Props {
  index: ProfileIndex;
  labels: EarlyLabels;
  full: BuilderLabels | null;
  /** The later panels' code, once loaded. */
  panels: Panels | null;
  chosen: ProfileArea[];
  edit: (edit: Edit) => void;
}

export { areaRole } from './area-role';

/** Result areas from the function descriptions, optional, in an order. */
export default function AreaChoices({ index, labels, full, panels, chosen, edit }: Props) {
  const { builder } = labels;
  return (
    <section class="builder-card" aria-labelledby="builder-areas">
      <h2 id="builder-areas">{builder.areasTitle}</h2>
      {index.functions.map((fn) => (
        <fieldset key={fn.key} class="area-choice">
          <legend>{fill(builder.areasFrom, { name: `${fn.title} (${fn.classes.join('/')})` })}</legend>
          {fn.areas.map((area) => (
            <label key={area.key} class="builder-check">
              <input
                type="checkbox"
                value={area.key}
                checked={chosen.some((c) => c.fn === fn.key && c.area === area.key)}
                onChange={(e) => edit({ type: 'area', fn: fn.key, area: area.key, on: e.currentTarget.checked })}
              />
              <span>
                {area.role}
                {area.optional && ` (${labels.optional})`}
              </span>
            </label>
          ))}
        </fieldset>
      ))}
      {panels && full && chosen.length > 1 && (
        <panels.AreaOrder index={index} labels={full} chosen={chosen} edit={edit} />
      )}
    </section>
  );
}
