import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { format, plural } from '../../i18n/format';
import type { SearchStrings } from '../../i18n/types';
import { bestHit, type Hit } from './hits';
import { latestOnly } from './latest-only';
import { loadPagefind, readFragments, type PagefindSearch } from './pagefind-client';

export interface SearchPanelProps {
  strings: SearchStrings;
  /** Order of the level filter's values (the model's level order). */
  levelOrder: string[];
  /** Template with `{level}`, e.g. `Niveau {level}`. */
  levelName: string;
  indexUrl: string;
  initialQuery?: string;
  autoFocus?: boolean;
  /** Called with every new query (the search page keeps it in `?q=`). */
  onQueryChange?: (query: string) => void;
  /** Escape in the field (the dialog closes; elsewhere the browser clears the field). */
  onEscape?: () => void;
  idPrefix: string;
}

type FilterName = 'kind' | 'level' | 'group';
const FILTERS: FilterName[] = ['kind', 'level', 'group'];
const PAGE_SIZE = 10;

interface ResultRow {
  id: string;
  hit: Hit;
}
interface SearchRun {
  id: number;
  term: string;
  query: string;
  filters: Partial<Record<FilterName, string>>;
}
type Status = 'idle' | 'loading' | 'done' | 'error';

export default function SearchPanel(props: SearchPanelProps) {
  const { strings, idPrefix } = props;
  const [query, setQuery] = useState(props.initialQuery ?? '');
  const [filters, setFilters] = useState<Partial<Record<FilterName, string>>>({});
  const [status, setStatus] = useState<Status>('idle');
  const [search, setSearch] = useState<PagefindSearch | null>(null);
  const [rows, setRows] = useState<ResultRow[]>([]);
  const [visible, setVisible] = useState(PAGE_SIZE);
  const [active, setActive] = useState(-1);
  /** The query the shown rows answer (they may lag behind what is typed). */
  const [rowsQuery, setRowsQuery] = useState('');
  /** Enter pressed before the results for the current query arrived: open the first one then. */
  const pendingEnter = useRef(false);
  const runId = useRef(0);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (props.autoFocus) inputRef.current?.focus();
  }, []);

  /** Shows the first results of a search once their fragments have loaded, unless a newer query came meanwhile. */
  const present = async (id: number, term: string, typed: string, result: PagefindSearch) => {
    try {
      const data = await readFragments(() =>
        Promise.all(
          result.results.slice(0, PAGE_SIZE).map(async (r) => ({ id: r.id, hit: bestHit(await r.data(), typed) })),
        ),
      );
      if (id !== runId.current) return;
      setRows(data);
      setRowsQuery(term);
      setStatus('done');
      if (pendingEnter.current) {
        pendingEnter.current = false;
        const first = data[0];
        if (first) location.assign(first.hit.url);
      }
    } catch {
      if (id === runId.current) setStatus('error');
    }
  };

  // One search at a time, for the latest query: keystrokes typed during a search do not queue a
  // search each (see latestOnly). Loading the results' fragments does not hold up the next search;
  // answers that are stale by the time they arrive are dropped.
  const schedule = useMemo(
    () =>
      latestOnly(async ({ id, term, query: typed, filters: chosen }: SearchRun) => {
        if (id !== runId.current) return;
        try {
          const pagefind = await loadPagefind();
          const active = Object.fromEntries(Object.entries(chosen).filter(([, v]) => v));
          const result = await pagefind.search(term, { filters: active });
          if (id !== runId.current) return;
          setSearch(result);
          setVisible(PAGE_SIZE);
          setActive(-1);
          void present(id, term, typed, result);
        } catch {
          if (id === runId.current) setStatus('error');
        }
      }),
    [],
  );

  // Search again whenever the query or a filter changes.
  useEffect(() => {
    const id = ++runId.current;
    const term = query.trim();
    props.onQueryChange?.(query);
    if (term === '') {
      setStatus('idle');
      setSearch(null);
      setRows([]);
      return;
    }
    setStatus('loading');
    schedule({ id, term, query, filters });
  }, [query, filters]);

  const showMore = async () => {
    if (!search) return;
    const id = runId.current;
    const next = visible + PAGE_SIZE;
    const more = await readFragments(() =>
      Promise.all(
        search.results.slice(visible, next).map(async (r) => ({ id: r.id, hit: bestHit(await r.data(), query) })),
      ),
    );
    if (id !== runId.current) return;
    setRows((current) => [...current, ...more]);
    setVisible(next);
  };

  const total = search?.results.length ?? 0;
  const counts = useMemo(() => {
    // Counts for the query as a whole when no filter is set, else for the filtered results.
    if (!search) return {} as PagefindSearch['filters'];
    return Object.values(filters).some(Boolean) ? search.filters : search.totalFilters;
  }, [search, filters]);

  const optionsFor = (name: FilterName): [string, number][] => {
    const entries = Object.entries(counts[name] ?? {}).filter(([value, count]) => count > 0 || filters[name] === value);
    const order =
      name === 'level'
        ? props.levelOrder
        : name === 'kind'
          ? [strings.kindCompetency, strings.kindLevel, strings.kindFunction, strings.kindContext]
          : [];
    return entries.sort(([a], [b]) => {
      const ia = order.indexOf(a);
      const ib = order.indexOf(b);
      return ia !== -1 && ib !== -1 ? ia - ib : a.localeCompare(b);
    });
  };

  const go = (index: number) => {
    const row = rows[index];
    if (row) location.assign(row.hit.url);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => Math.min(i + 1, rows.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, -1));
    } else if (event.key === 'Escape' && props.onEscape) {
      event.preventDefault();
      props.onEscape();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (rowsQuery !== query.trim())
        pendingEnter.current = true; // results still coming
      else go(active >= 0 ? active : 0);
    }
  };

  const listId = `${idPrefix}-results`;
  const optionId = (i: number) => `${idPrefix}-option-${i}`;
  const label: Record<FilterName, string> = {
    kind: strings.filterKind,
    level: strings.filterLevel,
    group: strings.filterGroup,
  };
  const announce =
    status === 'loading'
      ? strings.loading
      : status === 'error'
        ? strings.loadFailed
        : status === 'done'
          ? total === 0
            ? format(strings.noResultsFor, { query: query.trim() })
            : plural(document.documentElement.lang, total, strings.resultCount)
          : '';

  return (
    <div class="search-panel">
      <label class="search-label" for={`${idPrefix}-input`}>
        {strings.inputLabel}
      </label>
      <input
        ref={inputRef}
        id={`${idPrefix}-input`}
        class="search-input"
        type="search"
        role="combobox"
        aria-autocomplete="list"
        aria-controls={listId}
        aria-expanded={rows.length > 0}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        autocomplete="off"
        spellcheck={false}
        placeholder={strings.placeholder}
        value={query}
        onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)}
        onKeyDown={onKeyDown}
      />
      {search && (
        <fieldset class="search-filters">
          <legend class="visually-hidden">{strings.filtersLabel}</legend>
          {FILTERS.filter((name) => optionsFor(name).length > 0 || filters[name]).map((name) => (
            <div key={name} class="search-filter">
              <label for={`${idPrefix}-filter-${name}`}>{label[name]}</label>
              <select
                id={`${idPrefix}-filter-${name}`}
                value={filters[name] ?? ''}
                onChange={(e) =>
                  setFilters((f) => ({ ...f, [name]: (e.currentTarget as HTMLSelectElement).value || undefined }))
                }
              >
                <option value="">{strings.filterAll}</option>
                {optionsFor(name).map(([value, count]) => (
                  <option key={value} value={value}>
                    {name === 'level' ? format(props.levelName, { level: value }) : value} ({count})
                  </option>
                ))}
              </select>
            </div>
          ))}
        </fieldset>
      )}
      <p class="search-status" role="status" aria-live="polite">
        {announce}
      </p>
      {status === 'idle' && (
        <p class="search-hint">
          {strings.emptyState} {strings.accentsNote}
        </p>
      )}
      {status === 'error' && (
        <p class="search-hint">
          <a href={props.indexUrl}>{strings.browseIndex}</a>
        </p>
      )}
      <ul
        id={listId}
        class="search-results"
        role="listbox"
        aria-label={strings.dialogLabel}
        hidden={rows.length === 0}
        data-query={rowsQuery}
      >
        {rows.map((row, index) => (
          <li
            key={row.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            class={index === active ? 'is-active' : undefined}
            data-url={row.hit.url}
            onClick={() => go(index)}
            onMouseMove={() => setActive(index)}
          >
            <span class="search-trail">{row.hit.trail.join(' › ')}</span>
            <span class="search-excerpt" dangerouslySetInnerHTML={{ __html: row.hit.excerptHtml }} />
          </li>
        ))}
      </ul>
      {status === 'done' && rows.length < total && (
        <button type="button" class="search-more" onClick={showMore}>
          {strings.moreResults}
        </button>
      )}
    </div>
  );
}
