import { fill } from '../../lib/profile/fill';
import type { ProfileIndex } from '../../lib/profile/index-data';
import type { ProfileArea } from '../../lib/profile/state';
import { useModule } from './lazy';
import type { Edit } from './store';
import type { EarlyLabels } from './types';

interface Props {
  index: ProfileIndex;
  labels: EarlyLabels;
  chosen: ProfileArea[];
  edit: (edit: Edit) => void;
}

export { areaRole } from './area-role';

/** Result areas from the function descriptions, optional, in an order. */
export default function AreaChoices({ index, labels, chosen, edit }: Props) {
  const { builder } = labels;
  const orderView = useModule(() => import('./AreaOrder'), chosen.length > 1);
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
              <span>{area.role}{area.optional && <span class="builder-optional"> ({labels.optional})</span>}</span>
            </label>
          ))}
        </fieldset>
      ))}
      {orderView && chosen.length > 1 && <orderView.default index={index} labels={labels} chosen={chosen} edit={edit} />}
    </section>
  );
}
