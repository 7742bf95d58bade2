import { useEffect, useRef } from 'preact/hooks';
import SearchPanel from './SearchPanel';
import type { SearchConfig } from './config';

interface Props {
  config: SearchConfig;
  onClosed: () => void;
}

/** A modal dialog around the search panel: Escape or the close button closes it. */
export default function SearchDialog({ config, onClosed }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    ref.current?.showModal();
    // showModal focuses the first button; the reader wants to type.
    ref.current?.querySelector<HTMLInputElement>('input[type=search]')?.focus();
  }, []);
  const { strings } = config;
  return (
    <dialog ref={ref} class="search-dialog" aria-labelledby="search-dialog-title" onClose={onClosed}>
      <div class="search-dialog-head">
        <h2 id="search-dialog-title">{strings.dialogLabel}</h2>
        <button type="button" class="search-close" onClick={() => ref.current?.close()}>
          {strings.close}
        </button>
      </div>
      <SearchPanel
        strings={strings}
        levelOrder={config.levelOrder}
        levelName={config.levelName}
        indexUrl={config.indexUrl}
        idPrefix="search-dialog"
        onEscape={() => ref.current?.close()}
      />
      <p class="search-page-link">
        <a href={config.searchPageUrl}>{strings.openSearchPage}</a>
      </p>
    </dialog>
  );
}
