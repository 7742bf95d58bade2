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
  /** About the site: source, provenance, reuse, contact. */
  about: string;
  /** The accessibility statement. */
  accessibility: string;
  /** Information for the editors of the content. */
  editorsGuide: string;
}

/** Strings of the search UI. */
export interface SearchStrings {
  open: string;
  shortcutHint: string;
  dialogLabel: string;
  inputLabel: string;
  placeholder: string;
  close: string;
  needsJavaScript: string;
  browseIndex: string;
  emptyState: string;
  loading: string;
  /** `{count}` results. */
  resultCount: string;
  resultCountOne: string;
  noResults: string;
  /** `{query}` is what the reader typed. */
  noResultsFor: string;
  loadFailed: string;
  moreResults: string;
  openSearchPage: string;
  filtersLabel: string;
  filterAll: string;
  filterKind: string;
  filterLevel: string;
  filterGroup: string;
  kindCompetency: string;
  kindLevel: string;
  kindFunction: string;
  kindContext: string;
  accentsNote: string;
}
/** Strings of the level-progression visualiser. */
export interface VisualiserStrings {
  /** Main navigation entry of the overview. */
  navLabel: string;
  /** Heading of the visualiser on a competency page. */
  sectionTitle: string;
  sectionIntro: string;
  /** Link from a competency page (and the home page) to the overview. */
  overviewLink: string;
  homeTitle: string;
  homeText: string;
  overviewIntro: string;
  overviewCaption: string;
  overviewCompetency: string;
  /** Hidden start of a cell's link: `{competency}`, `{level}`. */
  overviewCell: string;
  /** Hidden end of a cell's link, after the percentage. */
  overviewShare: string;
  /** Text of the first level's cells (nothing to compare with). */
  overviewFirst: string;
  overviewLegend: string;
  overviewKeyboard: string;
  /** Passed to the island as they are. */
  chart: VisualiserChartStrings;
}

/** Strings of the competency page's visualiser island. Templates name their `{placeholders}`. */
export interface VisualiserChartStrings {
  /** Shown until the island runs (and without JavaScript). */
  fallback: string;
  fallbackLink: string;
  gridLabel: string;
  corner: string;
  /** `{level}` */
  level: string;
  /** `{level}`, `{dimension}`, `{share}`, `{previous}` */
  cellShare: string;
  /** `{level}`, `{dimension}` */
  cellFirst: string;
  /** Visible text of a first level's cell. */
  firstMark: string;
  measure: string;
  keyboard: string;
  prompt: string;
  /** `{level}` */
  indicatorsTitle: string;
  /** `{from}`, `{to}` */
  compareTitle: string;
  /** `{level}` */
  compareWith: string;
  clear: string;
  /** `{sample}` (shown marked as an addition), `{to}` */
  legendAdded: string;
  /** `{sample}` (shown marked as a removal), `{from}`, `{to}` */
  legendRemoved: string;
  sampleAdded: string;
  sampleRemoved: string;
  addedStart: string;
  addedEnd: string;
  removedStart: string;
  removedEnd: string;
  /** `{share}` */
  compareShare: string;
  announceNone: string;
  /** `{level}` */
  announceOne: string;
  /** `{from}`, `{to}` */
  announceTwo: string;
  /** `{value}` in each. */
  problemUnknown: string;
  problemOne: string;
  problemSame: string;
  problemMany: string;
  /** `{level}` */
  recoveredOne: string;
  /** `{from}`, `{to}` */
  recoveredTwo: string;
  recoveredNone: string;
}
/** Strings of the copy buttons and the job-profile builder. */
export interface BuilderStrings {
  /** Short label of the builder in the main navigation. */
  navLabel: string;

  // Output (copied, downloaded and printed text).
  /** `{name}` and `{level}`: a competency's heading at a level. */
  competencyAtLevel: string;
  /** `{title}` and `{classes}`: the function description a result area comes from. */
  functionWithClasses: string;
  csvProfile: string;
  csvCode: string;
  csvLevel: string;
  csvSection: string;
  csvPart: string;
  csvText: string;

  // Copy buttons and "add to profile" on competency and level pages.
  /** `{position}`, `{dimension}`, `{level}`: accessible name of an indicator's copy button. */
  copyIndicator: string;
  /** `{dimension}`, `{level}`: accessible name of a dimension's copy button. */
  copyDimension: string;
  copyCompetency: string;
  /** `{name}`, `{level}`: what the competency copy button copies, for screen readers. */
  copyCompetencyContext: string;
  addToProfile: string;
  openProfile: string;
  copied: string;
  copiedPlain: string;
  copyFallback: string;
  copyFallbackLabel: string;
  close: string;
  /** `{name}`, `{level}`. */
  added: string;
  /** `{name}`, `{level}`. */
  levelChanged: string;
  /** `{name}`. */
  removed: string;
  storedUnreadableOnPage: string;
  storageUnavailable: string;

  // The builder page.
  intro: string;
  needsJavaScript: string;
  loading: string;
  loadFailed: string;
  retry: string;
  titleLabel: string;
  titleHint: string;
  competenciesTitle: string;
  competencyLabel: string;
  levelLabel: string;
  /** `{name}`. */
  levelOf: string;
  add: string;
  allAdded: string;
  noCompetencies: string;
  moveUp: string;
  moveDown: string;
  remove: string;
  /** `{count}`, `{total}`. */
  chooseIndicators: string;
  areasTitle: string;
  /** `{name}`. */
  areasFrom: string;
  chosenAreas: string;
  languageTitle: string;
  allLanguages: string;
  outputTitle: string;
  copyText: string;
  copyRich: string;
  copyMarkdown: string;
  downloadDocx: string;
  downloadCsv: string;
  print: string;
  preparingDocx: string;
  /** `{file}`. */
  downloaded: string;
  docxFailed: string;
  shareLabel: string;
  shareHint: string;
  copyLink: string;
  linkCopied: string;
  previewTitle: string;
  previewEmpty: string;
  resetProfile: string;
  resetConfirm: string;
  resetYes: string;
  cancel: string;
  profileCleared: string;
  /** `{name}`, `{level}`. */
  itemAdded: string;
  /** `{name}`: a result area. */
  areaAdded: string;
  /** `{name}`. */
  itemRemoved: string;
  /** `{name}`, `{position}`. */
  itemMoved: string;
  /** `{name}`, `{level}`. */
  itemLevel: string;

  // Problems with a link or with the stored profile.
  linkProblems: string;
  storedProblems: string;
  /** `{value}`. */
  problemVersion: string;
  problemIncomplete: string;
  /** `{value}`. */
  problemMalformed: string;
  /** `{value}`. */
  problemLanguage: string;
  /** `{value}`. */
  problemCompetency: string;
  /** `{name}`, `{value}`. */
  problemLevel: string;
  /** `{name}`, `{value}`. */
  problemIndicator: string;
  /** `{name}`. */
  problemDuplicate: string;
  /** `{value}`. */
  problemFunction: string;
  /** `{name}`, `{value}`. */
  problemArea: string;
  /** `{key}`: the localStorage key the unreadable value was set aside under. */
  storedCorrupt: string;
  showStoredValue: string;
  conflictTitle: string;
  conflictText: string;
  /** `{summary}`. */
  conflictLink: string;
  /** `{summary}`. */
  conflictStored: string;
  useLinkProfile: string;
  keepStoredProfile: string;
  /** `{title}`, `{competencies}`, `{areas}`. */
  profileSummary: string;
  untitled: string;
  /** File name of a download when the profile has no title (without extension). */
  fileName: string;
}
/** Strings of the editors' pages (translation status). */
export interface EditorStrings {
  /** Added to the translation notice when the source changed after the translation was accepted. */
  outdatedNoticeTitle: string;
  outdatedNotice: string;
  statusIntro: string;
  /** How an editor marks a translation as up to date; `{command}` is the command to run. */
  statusHowTo: string;
  /** `{current}`, `{outdated}`, `{unrecorded}`: numbers of translations in each state. */
  statusSummary: string;
  statusCaption: string;
  columnTranslation: string;
  columnSource: string;
  columnStatus: string;
  kindCompetency: string;
  kindFunction: string;
  kindPage: string;
  stateCurrent: string;
  stateOutdated: string;
  stateUnrecorded: string;
  stateNoSource: string;
  /** Shown when the site has no translated entries. */
  statusEmpty: string;
}

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

/**
 * Strings of the reader's page: the level picker, the copy tools' controls, the site's identity and
 * provenance (footer, about, accessibility statement, editors' page), home and index wording.
 */
export interface ReaderStrings {
  /** Label of the main navigation's disclosure on narrow screens. */
  menu: string;
  /** Legend of the level picker on a competency page. */
  levelPickerLabel: string;
  /** Short visible label of the "every level" choice (its accessible name is `ui.allLevels`, which starts with it). */
  allLevelsShort: string;
  /** Visible label of the toggle that shows a copy button beside each indicator. */
  copyModeToggle: string;
  /** `{levels}`: the levels of the other level pages. */
  levelPagesLabel: string;

  // Footer.
  footerSourceTitle: string;
  /** The source: which documents the texts are transcribed from. */
  footerSource: string;
  footerUnofficial: string;
  /** What is and is not known about reuse. */
  footerReuse: string;
  reportError: string;
  footerAbout: string;
  footerAccessibility: string;
  footerEditors: string;
  footerLinksLabel: string;

  // Home.
  homeProfileTitle: string;
  homeProfileText: string;

  // Competency index.
  pendingTitle: string;
  /** `{count}`: the number of competencies in the model not described yet. */
  pendingNote: string;

  // About.
  aboutTitle: string;
  aboutIntro: string;
  aboutSourceTitle: string;
  aboutSource: string;
  aboutSourceList: string[];
  aboutOfficialTitle: string;
  aboutOfficial: string;
  aboutTranslationTitle: string;
  aboutTranslation: string;
  aboutReuseTitle: string;
  aboutReuse: string[];
  aboutContactTitle: string;
  aboutContact: string;
  aboutNoContact: string;

  // Accessibility statement.
  a11yTitle: string;
  a11yIntro: string;
  a11yTargetTitle: string;
  a11yTarget: string;
  a11yTestedTitle: string;
  a11yTested: string[];
  a11yLimitsTitle: string;
  a11yLimits: string[];
  a11yContactTitle: string;
  a11yContact: string;

  // Editors' page.
  editorsTitle: string;
  editorsIntro: string;
  editorsContent: string;
  editorsCommandsTitle: string;
  editorsCommands: { command: string; text: string }[];
  editorsGuideText: string;
  editorsStatusLink: string;
  /** On the translation-status page: where the editors' commands are described. */
  statusEditorsPage: string;
}

export interface Dictionary {
  locale: LocaleMeta;
  routes: RouteSegments;
  ui: UiStrings;
  search: SearchStrings;
  visualiser: VisualiserStrings;
  builder: BuilderStrings;
  editors: EditorStrings;
  reader: ReaderStrings;
}
