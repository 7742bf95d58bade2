import type { SelfAssessmentStrings } from '../../i18n/types';
import type { Rating } from './model';
import type { Expected } from './validate';

/** The island's strings, with the few of other sections it shows. */
export interface AssessmentLabels {
  strings: SelfAssessmentStrings;
  /** `Niveau {level}`. */
  levelName: string;
  /** The word-diff legend and hidden start/end marks of the visualiser. */
  diff: {
    legendAdded: string;
    legendRemoved: string;
    sampleAdded: string;
    sampleRemoved: string;
    addedStart: string;
    addedEnd: string;
    removedStart: string;
    removedEnd: string;
  };
  /** BCP 47 tag of the page's language, for dates, numbers and the .docx. */
  htmlLang: string;
}

export function ratingLabel(strings: SelfAssessmentStrings, rating: Rating): string {
  switch (rating) {
    case 'not-yet':
      return strings.scaleNotYet;
    case 'sometimes':
      return strings.scaleSometimes;
    case 'mostly':
      return strings.scaleMostly;
    case 'always':
      return strings.scaleAlways;
    case 'not-applicable':
      return strings.scaleNotApplicable;
  }
}

export function expectedLabel(strings: SelfAssessmentStrings, expected: Expected): string {
  const keys = {
    object: 'expectedObject',
    text: 'expectedText',
    list: 'expectedList',
    rating: 'expectedRating',
    date: 'expectedDate',
    'yes-no': 'expectedYesNo',
    level: 'expectedLevel',
  } as const;
  return strings[keys[expected]];
}

/** A date as the page's language writes it, `2 december 2026`. */
export function formatDate(iso: string, htmlLang: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : new Intl.DateTimeFormat(htmlLang, { dateStyle: 'long' }).format(date);
}

/** A mean with one decimal, `2,7` in Dutch and French. */
export function formatAverage(value: number, htmlLang: string): string {
  return new Intl.NumberFormat(htmlLang, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}
