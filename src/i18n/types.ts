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
  /** The assessment grid made from a profile. */
  assessmentGrid: string;
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
/** Strings of the profile's exports (source line, CSV variants) and of the builder's kept copies. */
export interface ProfileOutputStrings {
  /** `{url}`, `{date}`. Ends every export, in the export's language. */
  sourceLine: string;
  /** Added to the source line when the language is our translation. */
  translationNote: string;
  downloadMenu: string;
  csvSemicolon: string;
  csvComma: string;
  csvHint: string;
  otherCopies: string;
  removeConfirm: string;
  /** `{name}`. */
  removeYes: string;
  /** `{count}`: the problems not listed. */
  problemsMore: string;
  /** `{name}`: a parameter the link holds more than once. */
  problemDuplicateParam: string;
  /** `{key}`: the localStorage key of the copy. */
  storedCorruptKept: string;
  storedCorruptNotKept: string;
  startedEmpty: string;
  startedFromLink: string;
  keptCopiesTitle: string;
  keptCopiesHint: string;
  /** `{date}`. */
  keptCopyAt: string;
  keptCopyUnreadable: string;
  keptCopyShow: string;
  keptCopyRestore: string;
  keptCopyDelete: string;
  /** `{date}`. */
  keptCopyDeleteConfirm: string;
  keptCopyDeleted: string;
  keptCopyRestored: string;
  /** The current profile was set aside before being replaced. */
  previousKept: string;
  otherTabApplied: string;
  otherTabKept: string;
  makeGrid: string;
}

/** Strings of the assessment grid page; `labels` are the grid's own words (in the grid's language). */
export interface AssessmentGridStrings {
  navLabel: string;
  title: string;
  intro: string;
  needsJavaScript: string;
  loading: string;
  emptyProfile: string;
  backToProfile: string;
  candidateLabel: string;
  candidateHint: string;
  languageTitle: string;
  downloadDocx: string;
  print: string;
  previewTitle: string;
  labels: {
    title: string;
    candidate: string;
    assessor: string;
    date: string;
    competency: string;
    indicator: string;
    evidence: string;
    scale: { code: string; label: string }[];
    notObserved: { code: string; label: string };
    scaleTitle: string;
    summary: string;
    summaryCompetency: string;
    summaryRating: string;
    summaryRemarks: string;
    total: string;
    conclusion: string;
    signature: string;
  };
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

export interface Dictionary {
  locale: LocaleMeta;
  routes: RouteSegments;
  ui: UiStrings;
  search: SearchStrings;
  visualiser: VisualiserStrings;
  builder: BuilderStrings;
  editors: EditorStrings;
  profileOutput: ProfileOutputStrings;
  assessmentGrid: AssessmentGridStrings;
}
