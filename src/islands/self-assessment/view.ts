import { competencyName, type AssessmentData } from './data-adapter';
import { indicatorId, type Answer, type Assessment } from './model';

/**
 * An assessment with the texts of the chosen competencies, levels and language: what the form,
 * the summary and the exports show. Pure.
 */
export interface IndicatorView {
  id: string;
  /** Dimension key and position, `A-2`. */
  code: string;
  text: string;
  answer: Answer;
}

export interface DimensionView {
  key: string;
  name: string;
  indicators: IndicatorView[];
}

export interface CompetencyView {
  key: string;
  name: string;
  level: string;
  target?: string;
  dimensions: DimensionView[];
}

/** Shared by every unanswered indicator, so unchanged rows keep their identity between renders. */
const NO_ANSWER: Answer = Object.freeze({});

export function assessmentView(assessment: Assessment, data: AssessmentData, locale: string): CompetencyView[] {
  return assessment.competencies.map(({ key, level, target }) => ({
    key,
    name: competencyName(data, key, locale),
    level,
    ...(target !== undefined ? { target } : {}),
    dimensions: data.dimensions(key, level, locale).map((d) => ({
      key: d.key,
      name: d.name,
      indicators: d.indicators.map((text, i) => {
        const id = indicatorId(key, level, d.key, i + 1);
        return { id, code: `${d.key}-${i + 1}`, text, answer: assessment.answers[id] ?? NO_ANSWER };
      }),
    })),
  }));
}
