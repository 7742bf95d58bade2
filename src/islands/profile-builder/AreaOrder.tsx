import type { ProfileIndex } from '../../lib/profile/index-data';
import type { ProfileArea } from '../../lib/profile/state';
import { areaRole } from './area-role';
import MoveButtons from './MoveButtons';
import type { Edit } from './store';
import type { BuilderLabels } from './types';

interface Props {
  index: ProfileIndex;
  labels: BuilderLabels;
  chosen: ProfileArea[];
  edit: (edit: Edit) => void;
}

/** The order of the chosen result areas (shown from two on). */
export default function AreaOrder({ index, labels, chosen, edit }: Props) {
  const { builder } = labels;
  return (
    <div class="area-order">
      <h3 id="builder-area-order">{builder.chosenAreas}</h3>
      <ol class="chosen-list" aria-labelledby="builder-area-order">
        {chosen.map((item, position) => {
          const role = areaRole(index, item.fn, item.area);
          return (
            <li key={`${item.fn}:${item.area}`} class="chosen" id={`area-${item.fn}-${item.area}`}>
              <span>{role}</span>
              <span class="chosen-actions builder-actions">
                <MoveButtons
                  labels={labels}
                  name={role}
                  index={position}
                  count={chosen.length}
                  onMove={(offset) => edit({ type: 'move', list: 'areas', index: position, offset })}
                />
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
