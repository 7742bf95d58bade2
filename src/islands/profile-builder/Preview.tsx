import { useEffect, useState } from 'preact/hooks';
import type { ProfileData } from '../../lib/profile/data';
import type { ExportMeta } from '../../lib/profile/source';
import type { ProfileState } from '../../lib/profile/state';
import type { EarlyLabels } from './types';

type Content = typeof import('./content');

interface Props {
  state: ProfileState;
  /** `null` while the texts load. */
  data: ProfileData | null;
  labels: EarlyLabels;
  meta: ExportMeta;
  empty: boolean;
}

/** The document as it is copied, downloaded and printed (with its source line), or a hint while empty. */
export default function Preview({ state, data, labels, meta, empty }: Props) {
  const { builder } = labels;
  const [content, setContent] = useState<Content | null>(null);
  useEffect(() => {
    if (!empty && !content) void import('./content').then(setContent);
  }, [empty]);
  const ready = content && data;
  return (
    <section
      class="profile-preview"
      aria-labelledby="builder-preview"
      aria-busy={!empty && !ready ? 'true' : undefined}
    >
      <h2 id="builder-preview" class="no-print">
        {builder.previewTitle}
      </h2>
      {empty && <p class="builder-hint no-print">{builder.previewEmpty}</p>}
      {!empty && !ready && <p class="builder-hint no-print">{builder.loading}</p>}
      {ready && !(empty && !state.title) && (
        <div
          class="profile-document"
          dangerouslySetInnerHTML={{
            __html: content.profileToHtml(content.buildProfileDocument(state, data, meta), {
              headingLevel: state.title ? 3 : 2,
            }),
          }}
        />
      )}
    </section>
  );
}
