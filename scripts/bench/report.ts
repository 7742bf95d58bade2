import type { ScalePoint } from './build';
import { REFERENCE_PDF_BYTES, RUNS } from './config';
import type { LighthouseOutcome, Sample } from './lighthouse';
import { CATEGORIES as LH_CATEGORIES } from './lighthouse';
import type { Machine } from './machine';
import { CATEGORIES, type PageWeight } from './page-weight';
import { OPEN_BEFORE_TYPING_MS, type IndexSize, type SearchResult } from './search';
import { kB, ms, seconds, spread, summarize, type Summary } from './stats';

/** Everything one `npm run bench` measured; a part is missing when its job was not run or failed. */
export interface BenchResults {
  machine: Machine;
  durationMs: number;
  pageWeight?: PageWeight[];
  lighthouse?: LighthouseOutcome;
  indexSizes?: IndexSize[];
  search?: SearchResult[];
  scaling?: ScalePoint[];
  /** Jobs that failed, with the reason. */
  failures: { job: string; reason: string }[];
}

/** The budgets enforced by tests/e2e/budgets.spec.ts, repeated here to set the figures beside them. */
/** The byte budgets of tests/e2e/budgets.spec.ts; the competency page's two are issue 13's targets. */
const BUDGETS = { competencyFirstLoad: 20_000, competencyReadThrough: 30_000, visualiser: 30_000, launcherRaw: 4096 };
const VISUALISER = 'ProgressionVisualiser';
/** The search latency goals (issue: search answers as fast as the reader types). */
const SEARCH_GOALS = { firstMs: 100, followingMs: 50 };

const table = (head: string[], rows: string[][]): string =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const pageName = (w: { page: { type: { label: string }; locale: string } }) =>
  `${w.page.type.label} (${w.page.locale})`;
const rawGzip = (bytes: { raw: number; gzip: number }) =>
  bytes.raw === 0 ? '0' : `${kB(bytes.raw)} / ${kB(bytes.gzip)}`;
const ratio = (value: number) => `${value.toFixed(value < 10 ? 2 : 1)}x`;
const score = (s: Summary) => spread(s, (v) => String(Math.round(v)));
const runsNote = (runs: number) => (runs === 1 ? '1 run' : `median of ${runs} runs (min–max)`);

function summary(results: BenchResults): string {
  const lines: string[] = [];
  const competency = results.pageWeight?.filter((w) => w.page.type.kind === 'competency') ?? [];
  for (const w of competency) {
    lines.push(
      `- Competency page (${w.page.locale}, \`/${w.page.path}\`): first load **${kB(w.firstLoadGzip)} gzip** (budget ${kB(BUDGETS.competencyFirstLoad)}), read through with every island hydrated **${kB(w.readThroughGzip)}** (budget ${kB(BUDGETS.competencyReadThrough)}); everything of the visit ${kB(w.total.gzip)} (HTML ${kB(w.categories.html.gzip)}, CSS ${kB(w.categories.css.gzip)}, JS ${kB(w.categories.js.gzip)}, fonts ${kB(w.categories.fonts.gzip)}, icon and data ${kB(w.categories.other.gzip)}). Against the 1.42 MB PDF: **${((w.total.gzip / REFERENCE_PDF_BYTES) * 100).toFixed(2)} %** of it (the PDF is ${ratio(REFERENCE_PDF_BYTES / w.total.gzip)} the page).`,
    );
  }
  for (const w of competency)
    lines.push(
      `- Competency page (${w.page.locale}) as nginx sends it with the build's precompressed files: **${kB(w.served.gzip)} gzip, ${kB(w.served.brotli)} brotli**.`,
    );
  const visualiser = competency.flatMap((w) => w.islands.filter((i) => i.name === VISUALISER))[0];
  if (visualiser)
    lines.push(
      `- Visualiser island (${VISUALISER} and everything it imports): **${kB(visualiser.gzip)} gzip**; budget ${kB(BUDGETS.visualiser)}.`,
    );
  for (const r of results.lighthouse?.results.filter((l) => l.page.type.kind === 'competency') ?? []) {
    lines.push(
      `- Lighthouse, competency page (${r.page.locale}, mobile): performance ${score(r.scores.performance)}, accessibility ${score(r.scores.accessibility)}, best practices ${score(r.scores['best-practices'])}, SEO ${score(r.scores.seo)}; LCP ${spread(r.lcp, ms)}, TBT ${spread(r.tbt, ms)}, CLS ${spread(r.cls, (v) => v.toFixed(3))}.`,
    );
  }
  if (results.lighthouse?.error) lines.push(`- Lighthouse: not measured: ${results.lighthouse.error}`);
  for (const s of results.search ?? []) {
    lines.push(
      `- Search (${s.locale}), the dialog open for ${OPEN_BEFORE_TYPING_MS / 1000} s (it loads ${spread(s.opening, kB)}): first query “${s.first.query}” **${spread(s.first.bytes, kB)}** before its results, shown **${spread(s.first.afterLastKeyMs, ms)}** after its last keystroke (goal ${SEARCH_GOALS.firstMs} ms), ${spread(s.first.ms, ms)} after its first; following query “${s.following.query}” ${spread(s.following.bytes, kB)}, shown **${spread(s.following.afterLastKeyMs, ms)}** after its last keystroke (goal ${SEARCH_GOALS.followingMs} ms), ${spread(s.following.ms, ms)} after its first.`,
    );
  }
  for (const i of results.indexSizes ?? [])
    lines.push(
      `- Search index (${i.locale}, ${i.pages} pages): ${kB(i.total)} on disk, of which the index proper ${kB(i.parts.index)}.`,
    );
  const base = results.scaling?.find((p) => p.factor === 1);
  if (results.scaling && base) {
    const steps = results.scaling
      .slice(1)
      .map((p, i) => `${ms(marginal(results.scaling![i]!, p))} from ${results.scaling![i]!.factor}x to ${p.factor}x`);
    lines.push(
      `- Build time per page: ${results.scaling.map((p) => `${p.factor}x ${spread(p.perPage, ms)} (${p.pages} pages in ${spread(p.build, seconds)}, ${p.build.runs} run${p.build.runs === 1 ? '' : 's'})`).join('; ')}. Each added page costs ${steps.join(', ')}.`,
    );
  }
  return lines.join('\n');
}

function pageWeightSection(weights: readonly PageWeight[]): string {
  const head = [
    'page',
    'path',
    'HTML',
    'CSS',
    'JS',
    'fonts',
    'other (icon, data)',
    'total',
    'of which JS on scroll (gzip)',
    `transferred by Chromium (${runsNote(RUNS.pageWeight)})`,
  ];
  const rows = weights.map((w) => [
    pageName(w),
    `\`/${w.page.path}\``,
    ...CATEGORIES.map((c) => rawGzip(w.categories[c])),
    `**${kB(w.total.gzip)}** (${kB(w.total.raw)} raw, ${w.total.files} files)`,
    kB(w.jsOnScrollGzip),
    spread(w.transferred, kB),
  ]);
  const islands = weights.filter((w) => w.islands.length > 0);
  const islandRows = islands.map((w) => [pageName(w), w.islands.map((i) => `${i.name} ${kB(i.gzip)}`).join(', ')]);
  return [
    '## Page weight',
    '',
    'A first visit in Chromium with a cold cache: the page is opened, then every island is scrolled into view so that it hydrates (what a reader who reads the page through downloads); search is not opened. Each cell is raw / gzip; gzip is each response body compressed with zlib at its default level (what a web server typically sends), computed by the benchmark, so it does not vary between runs. “Transferred” is what Chromium received from `astro preview` (which compresses text with gzip), headers included. No web fonts are shipped (the system font stack), so fonts are 0. The search page loads Pagefind and the index once it is idle (a reader who opens it has come to search), so its figures include them (in “other”).',
    '',
    table(head, rows),
    '',
    'Each island’s JavaScript (its module and every module it imports, the shared Preact runtime included, gzip; pages share the runtime, so these do not add up):',
    '',
    table(['page', 'islands'], islandRows),
  ].join('\n');
}

function servedSection(weights: readonly PageWeight[]): string {
  const types = [...new Set(weights.map((w) => w.page.type.label))];
  const rows = types.flatMap((label) =>
    weights
      .filter((w) => w.page.type.label === label)
      .map((w) => [
        pageName(w),
        kB(w.served.raw),
        kB(w.served.gzip),
        kB(w.served.brotli),
        `${((1 - w.served.brotli / w.served.gzip) * 100).toFixed(0)} %`,
      ]),
  );
  return [
    '## Compressed transfer per page type',
    '',
    'The same first visits, as a production server configured by this repository sends them: the build writes a `.gz` (gzip level 9) and a `.br` (brotli quality 11) beside every HTML, CSS, JavaScript, JSON, SVG and WebAssembly file, and nginx (`gzip_static`, `brotli_static`) sends the one the browser accepts. Bodies only (headers excluded), computed from the files, so they do not vary between runs.',
    '',
    table(['page', 'raw', 'gzip', 'brotli', 'brotli saves vs gzip'], rows),
  ].join('\n');
}

function pdfSection(weights: readonly PageWeight[]): string {
  const rows = weights
    .filter((w) => w.page.type.kind === 'competency')
    .map((w) => [
      pageName(w),
      kB(w.total.gzip),
      spread(w.transferred, kB),
      `${((w.total.gzip / REFERENCE_PDF_BYTES) * 100).toFixed(2)} %`,
      ratio(REFERENCE_PDF_BYTES / w.total.gzip),
    ]);
  return [
    '## Reference: the PDF',
    '',
    `The official dictionary is distributed as a PDF of 1.42 MB (taken as ${REFERENCE_PDF_BYTES.toLocaleString('en')} bytes). A competency page’s first visit against it:`,
    '',
    table(['page', 'first visit (gzip)', 'transferred', 'share of the PDF', 'PDF / page'], rows),
  ].join('\n');
}

function lighthouseSection(outcome: LighthouseOutcome, machine: Machine): string {
  const intro = `Lighthouse ${machine.lighthouse}, default config (mobile emulation, simulated throttling: slow 4G, 4x CPU slowdown), run on the system Chromium launched by chrome-launcher; scores 0–100, ${runsNote(RUNS.lighthouse)} per page and language (BENCH_LIGHTHOUSE_RUNS); the runs go page after page, all pages once per run. LCP and TBT depend on this machine’s CPU (the simulation scales from a benchmark of it), so compare pages with each other rather than with other machines.`;
  if (outcome.error) return ['## Lighthouse', '', intro, '', `**Not measured:** ${outcome.error}`].join('\n');
  const head = ['page', ...LH_CATEGORIES.map((c) => c.replace('-', ' ')), 'LCP', 'TBT', 'CLS'];
  const rows = outcome.results.map((r) => [
    pageName(r),
    ...LH_CATEGORIES.map((c) => score(r.scores[c])),
    spread(r.lcp, ms),
    spread(r.tbt, ms),
    spread(r.cls, (v) => v.toFixed(3)),
  ]);
  const types = [...new Set(outcome.results.map((r) => r.page.type.label))];
  const byType = types.map((label) => {
    const samples = outcome.results.filter((r) => r.page.type.label === label).flatMap((r) => r.samples);
    const all = (pick: (s: Sample) => number) => summarize(samples.map(pick));
    return [
      label,
      ...LH_CATEGORIES.map((c) => score(all((s) => s.scores[c]))),
      spread(
        all((s) => s.lcp),
        ms,
      ),
      spread(
        all((s) => s.tbt),
        ms,
      ),
      spread(
        all((s) => s.cls),
        (v) => v.toFixed(3),
      ),
    ];
  });
  return [
    '## Lighthouse',
    '',
    intro,
    '',
    table(head, rows),
    '',
    'Per page type, the runs of both languages together (median, min–max):',
    '',
    table(head, byType),
  ].join('\n');
}

function searchSection(sizes: readonly IndexSize[] | undefined, search: readonly SearchResult[] | undefined): string {
  const parts: string[] = ['## Search'];
  if (sizes) {
    parts.push(
      '',
      'Pagefind builds one index per language (`<dist>/pagefind/`); sizes on disk, which is what is served (Pagefind compresses its files itself). The script `pagefind.js` (shared by both languages) is not included.',
      '',
      table(
        ['language', 'pages indexed', 'index', 'fragments', 'filters', 'meta', 'wasm', 'total'],
        sizes.map((s) => [
          `${s.locale} (${s.language})`,
          String(s.pages),
          kB(s.parts.index),
          kB(s.parts.fragments),
          kB(s.parts.filters),
          kB(s.parts.meta),
          kB(s.parts.wasm),
          `**${kB(s.total)}**`,
        ]),
      ),
    );
  }
  if (search) {
    parts.push(
      '',
      `In Chromium, from the home page of each language, cold cache, ${runsNote(RUNS.search)}: opening the dialog (\`/\`), which starts loading Pagefind, the language’s WebAssembly and its index (hovering or focusing the search button starts the same), then, ${OPEN_BEFORE_TYPING_MS / 1000} s later, a first query typed key by key, then the field cleared and a following query. Opening search also fetches the fragments (the text a result row shows) of up to 40 pages, so a first query does not wait for them. Times, until the result list answers the whole query: from the query’s last keystroke (what the reader waits for once they have typed; the goals, ${SEARCH_GOALS.firstMs} ms for a first query and ${SEARCH_GOALS.followingMs} ms for a following one, are on these medians), and from its first keystroke, which adds the typing: Playwright types a key every few milliseconds (the “typing” column), far faster than a reader, so a long query’s time from its first keystroke is mostly typing. Bytes of a query: what was requested from its first keystroke until its results were shown. The server is \`astro preview\`.`,
      '',
      table(
        [
          'language',
          `opening the dialog (${OPEN_BEFORE_TYPING_MS / 1000} s)`,
          'first query',
          'bytes before results',
          'after the last key',
          'after the first key (typing)',
          'following query',
          'bytes before results',
          'after the last key',
          'after the first key (typing)',
        ],
        search.map((s) => [
          s.locale,
          spread(s.opening, kB),
          `“${s.first.query}”`,
          spread(s.first.bytes, kB),
          `**${spread(s.first.afterLastKeyMs, ms)}**`,
          `${spread(s.first.ms, ms)} (${ms(s.first.typingMs.median)})`,
          `“${s.following.query}”`,
          spread(s.following.bytes, kB),
          `**${spread(s.following.afterLastKeyMs, ms)}**`,
          `${spread(s.following.ms, ms)} (${ms(s.following.typingMs.median)})`,
        ]),
      ),
    );
  }
  return parts.join('\n');
}

function scalingSection(points: readonly ScalePoint[]): string {
  const base = points.find((p) => p.factor === 1);
  const rows = points.map((p, index) => [
    `${p.factor}x`,
    String(p.competencies),
    String(p.pages),
    String(p.build.runs),
    spread(p.build, seconds),
    `**${spread(p.perPage, ms)}**`,
    base ? ratio(p.perPage.median / base.perPage.median) : '',
    base ? ratio(p.build.median / base.build.median) : '',
    index === 0 ? '' : ms(marginal(points[index - 1]!, p)),
  ]);
  return [
    '## Build time and scaling',
    '',
    '`astro build` (content checks, every page, the Pagefind index) from a cold start (output and cache folders removed), timed from the outside. 1x is the real content; 10x and 100x are generated by `scripts/generate-content.ts` into a temporary folder (the content plus copies of every described competency in both languages, each a competency of its own) and built with `CONTENT_DIR` set to it. Time per page = build time / pages built; the fixed part of a build (starting Astro and Vite, bundling the islands) weighs most at 1x, so the cost of an added page (the difference in build time over the difference in pages, medians) shows better how the build scales.',
    '',
    table(
      [
        'content',
        'competencies per language',
        'pages',
        'runs',
        'build time',
        'time per page',
        'per page vs 1x',
        'build vs 1x',
        'per added page (vs the row above)',
      ],
      rows,
    ),
    ...growth(points),
  ].join('\n');
}

/** Build time added per added page between two sizes of content (medians). */
const marginal = (from: ScalePoint, to: ScalePoint) => (to.build.median - from.build.median) / (to.pages - from.pages);

/** Says plainly, from the figures, whether an added page costs the same at every size of content. */
function growth(points: readonly ScalePoint[]): string[] {
  if (points.length < 3) return [];
  const first = marginal(points[0]!, points[1]!);
  const last = marginal(points[points.length - 2]!, points[points.length - 1]!);
  const change = last / first;
  const [a, b, c] = [points[0]!.factor, points[points.length - 2]!.factor, points[points.length - 1]!.factor];
  const verdict =
    change <= 1.25
      ? `an added page costs about the same from ${a}x to ${points[1]!.factor}x (${ms(first)}) as from ${b}x to ${c}x (${ms(last)}): the build time grows linearly with the content.`
      : `an added page costs ${ratio(change)} as much from ${b}x to ${c}x (${ms(last)}) as from ${a}x to ${points[1]!.factor}x (${ms(first)}): the build time grows faster than the content (some work per page grows with the size of the whole content).`;
  const caveat =
    points[points.length - 1]!.build.runs === 1
      ? ' (One run at the largest size: take it as an order of magnitude.)'
      : '';
  return ['', `Scaling: ${verdict}${caveat}`];
}

function budgetSection(weights: readonly PageWeight[] | undefined): string {
  const rows: string[][] = [];
  for (const w of weights?.filter((x) => x.page.type.kind === 'competency') ?? []) {
    rows.push([
      `competency page first load (${w.page.locale}), gzip`,
      kB(BUDGETS.competencyFirstLoad),
      kB(w.firstLoadGzip),
    ]);
    rows.push([
      `competency page read through (${w.page.locale}), gzip`,
      kB(BUDGETS.competencyReadThrough),
      kB(w.readThroughGzip),
    ]);
  }
  const visualiser = weights?.flatMap((w) => w.islands.filter((i) => i.name === VISUALISER))[0];
  if (visualiser) rows.push(['visualiser island, gzip', kB(BUDGETS.visualiser), kB(visualiser.gzip)]);
  for (const w of weights?.filter((x) => x.islands.length === 0) ?? []) {
    rows.push([
      `JavaScript of ${pageName(w)} (no island: the search launcher only), raw`,
      `${BUDGETS.launcherRaw} bytes`,
      `${w.categories.js.raw} bytes`,
    ]);
  }
  return [
    '## Budgets',
    '',
    '`tests/e2e/budgets.spec.ts` (part of `npm test`) enforces these on every build, deterministically (byte counts, no timing), on every page concerned in both languages; it also checks that every request of every page goes to the site’s own origin and that nothing of search (the dialog’s code, Pagefind) is downloaded with a page before search is opened or intended (hover or focus on the search button; the search page loads it once idle). The figures measured here, beside the budgets:',
    '',
    table(['budget', 'limit', 'measured'], rows),
  ].join('\n');
}

export function renderReport(results: BenchResults): string {
  const m = results.machine;
  const sections = [
    '# Benchmarks',
    '',
    `Measured by \`npm run bench\` (scripts/bench/) on ${m.date.slice(0, 10)}, in ${seconds(results.durationMs)}. Rerun it to update this file. The machine is shared and noisy: ratios (between pages, between 1x, 10x and 100x) say more than absolute times; every timed figure is the median of its runs with the minimum and maximum.`,
    '',
    table(
      ['machine', ''],
      [
        ['cores (nproc)', String(m.cores)],
        ['CPU', m.cpu],
        ['memory', `${m.memoryGiB} GiB`],
        ['OS', m.os],
        ['Node.js', m.node],
        ['Chromium', `${m.chromium} (\`${m.chromiumPath}\`)`],
        ['Lighthouse', m.lighthouse],
        ['load average (1 min) at start / end', `${m.loadStart.toFixed(1)} / ${m.loadEnd?.toFixed(1) ?? '?'}`],
      ],
    ),
    '',
    '## Main figures',
    '',
    summary(results),
  ];
  if (results.failures.length > 0) {
    sections.push('', '## Not measured', '', ...results.failures.map((f) => `- ${f.job}: ${f.reason}`));
  }
  if (results.pageWeight)
    sections.push(
      '',
      pageWeightSection(results.pageWeight),
      '',
      servedSection(results.pageWeight),
      '',
      pdfSection(results.pageWeight),
    );
  if (results.lighthouse) sections.push('', lighthouseSection(results.lighthouse, m));
  if (results.indexSizes || results.search) sections.push('', searchSection(results.indexSizes, results.search));
  if (results.scaling) sections.push('', scalingSection(results.scaling));
  sections.push('', budgetSection(results.pageWeight), '');
  return sections.join('\n');
}
