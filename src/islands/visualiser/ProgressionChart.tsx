import { RADIUS_PX, type ChartLayout, type StepLayout } from './chart-layout';
import { fill, type ViewStrings } from './messages';

/**
 * The progression chart as SVG, drawn from a layout (chart-layout.ts): the same markup on the
 * server and in the browser. For assistive technology each dimension is a list and each level a
 * list item whose name says what the level adds; the drawn text is hidden from it (it is the same).
 */
interface Props {
  layout: ChartLayout;
  labels: ViewStrings;
  /** The level chosen on the page (highlighted), or none. */
  chosen: string | null;
  /** A level's step was clicked: compare it with the level before it. */
  onStep: (step: StepLayout) => void;
}

/** A coordinate relative to the step's origin, to a tenth of a pixel. */
const local = (value: number, origin: number) => Math.round((value - origin) * 10) / 10;

export function stepName(step: StepLayout, labels: ViewStrings, chosen: boolean): string {
  const name =
    step.previous === null
      ? fill(labels.stepStart, { level: step.level })
      : step.phrases.length === 0
        ? fill(labels.stepNoNew, { level: step.level, previous: step.previous })
        : fill(labels.stepAdds, { level: step.level, previous: step.previous, phrases: step.phrases.join('; ') });
  return chosen ? `${name} ${labels.chosen}` : name;
}

export default function ProgressionChart({ layout, labels, chosen, onStep }: Props) {
  const { width, height, mode } = layout;
  return (
    <svg
      class={`pv-chart pv-chart--${mode}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="group"
      aria-label={labels.chartLabel}
    >
      {layout.rows.map((row) => (
        <g class="pv-row" key={row.key} role="list" aria-label={`${row.key}. ${row.name}`}>
          <text class="pv-title" aria-hidden="true">
            {row.titleLines.map((line, i) => (
              <tspan key={i} x={line.x} y={line.y}>
                {line.text}
              </tspan>
            ))}
          </text>
          {row.steps.map((step) => {
            const isChosen = step.level === chosen;
            const [ox, oy] = [step.box.x, step.box.y];
            const linked = step.previous !== null;
            return (
              <g
                key={step.level}
                class={`pv-step${isChosen ? ' is-chosen' : ''}${linked ? ' is-linked' : ''}`}
                role="listitem"
                aria-label={stepName(step, labels, isChosen)}
                data-level={step.level}
                onClick={linked ? () => onStep(step) : undefined}
              >
                {/* Coordinates local to the step: shorter, more alike markup (it compresses well). */}
                <g aria-hidden="true" transform={`translate(${ox},${oy})`}>
                  <rect class="pv-band" width={step.box.width} height={step.box.height} rx="8" />
                  <circle class="pv-badge" cx={local(step.badge.cx, ox)} cy={local(step.badge.cy, oy)} r={RADIUS_PX} />
                  <text class="pv-badge-text" x={local(step.badge.cx, ox)} y={local(step.badge.cy + 5, oy)}>
                    {step.level}
                  </text>
                  <text>
                    {step.lines.map((line, i) => (
                      <tspan
                        key={i}
                        class={line.kind === 'phrase' ? undefined : `pv-${line.kind}`}
                        x={local(line.x, ox)}
                        y={local(line.y, oy)}
                      >
                        {line.text}
                      </tspan>
                    ))}
                  </text>
                </g>
              </g>
            );
          })}
          {/* After the steps, so a chosen level's highlight does not hide it. */}
          <path class="pv-path" d={row.path} aria-hidden="true" />
        </g>
      ))}
    </svg>
  );
}
