/**
 * The shape every locale dictionary must have. Adding a language means adding one file in
 * `locales/` that satisfies this type (TypeScript then lists every missing string), plus the
 * content files in that language.
 */
export interface LocaleMeta {
  /** URL prefix and content folder name, e.g. `nl`. */
  code: string;
  /** BCP 47 tag for `<html lang>` and `hreflang`, e.g. `nl-BE`. */
  htmlLang: string;
  /** The language's own name, shown in the language switch. */
  nativeName: string;
  /** Position in the language switch and on the root page. */
  order: number;
}

export interface RouteSegments {
  competencies: string;
  levels: string;
  functions: string;
  /** The overview of every core competency across levels (visualiser). */
  overview: string;
  /** The job-profile builder. */
  profile: string;
  /** The search page (`?q=`). */
  search: string;
  /** The editors' translation-status page. */
  status: string;
}

/** Strings of the search UI. */
export interface SearchStrings {}
/** Strings of the level-progression visualiser. */
export interface VisualiserStrings {}
/** Strings of the copy buttons and the job-profile builder. */
export interface BuilderStrings {}
/** Strings of the editors' pages (translation status). */
export interface EditorStrings {}

export interface UiStrings {
  siteTitle: string;
  siteTagline: string;
  skipToContent: string;
  mainNavigation: string;
  navHome: string;
  navCompetencies: string;
  navLevels: string;
  navFunctions: string;
  navAbout: string;
  languageSwitchLabel: string;
  /** Label of the link to this page in another language; `{language}` is that language's name. */
  readInLanguage: string;
  footerSource: string;
  footerUnofficial: string;
  translationNotice: string;
  translationNoticeTitle: string;
  breadcrumbLabel: string;

  homeIntro: string;
  homeModelTitle: string;
  homeModelIntro: string;
  homeAudienceTitle: string;
  homeReadersTitle: string;
  homeReadersText: string;
  homeHrTitle: string;
  homeHrText: string;
  homeEditorsTitle: string;
  homeEditorsText: string;
  homeContextTitle: string;

  modelOverviewLabel: string;
  technicalExpertise: string;
  technicalExpertiseText: string;
  coreCompetency: string;
  coreLegend: string;
  notYetDescribed: string;
  notYetDescribedLegend: string;

  competencyIndexTitle: string;
  competencyIndexIntro: string;
  /** `{group}` is the group's name. */
  groupLabel: string;
  /** `{term}` and `{text}`: a label followed by its text, with the language's punctuation. */
  labelled: string;

  definition: string;
  dimensions: string;
  levelMatrix: string;
  levelMatrixIntro: string;
  behaviouralIndicators: string;
  /** `{level}` is the level id. */
  levelName: string;
  /** `{levels}` lists the levels whose source wording differs. */
  variantWording: string;
  /** `{level}` is the level id. */
  wordingAtLevel: string;
  levelSelectorLabel: string;
  allLevels: string;
  /** Shown when `?level=` names a level that does not exist; `{value}` is what the link said. */
  unknownLevel: string;
  /** `{level}` is the level id. */
  showingLevel: string;
  indicatorsAtLevel: string;

  levelsIndexTitle: string;
  levelsIndexIntro: string;
  /** `{level}` is the level id. */
  levelPageTitle: string;
  levelPageIntro: string;
  seeFullCompetency: string;

  functionsTitle: string;
  purpose: string;
  resultAreas: string;
  exampleTasks: string;
  optional: string;
  distinguishingCriteria: string;
  criterion: string;
  definitions: string;
  /** `{classes}` lists the classes, e.g. `A4/A5`. */
  classesLabel: string;

  notFoundTitle: string;
  notFoundText: string;
  notFoundHome: string;

  chooseLanguageTitle: string;

  overviewTitle: string;
  profileTitle: string;
  searchTitle: string;
  statusTitle: string;
}

export interface Dictionary {
  locale: LocaleMeta;
  routes: RouteSegments;
  ui: UiStrings;
  search: SearchStrings;
  visualiser: VisualiserStrings;
  builder: BuilderStrings;
  editors: EditorStrings;
}
