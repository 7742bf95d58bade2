import { useState } from 'preact/hooks';
import { downloadFile } from '../../lib/profile/clipboard';
import { exportFile, fileName } from './file-format';
import type { AssessmentLabels } from './labels';
import { fill } from './messages';
import type { Assessment } from './model';
import { assessmentToDocx } from './summary-docx';
import type { CompetencyView } from './view';

interface Props {
  assessment: Assessment | null;
  view: readonly CompetencyView[];
  labels: AssessmentLabels;
  now: () => string;
  say: (text: string) => void;
  /** Reads a chosen .json file; the parent validates it and reports. */
  onImport: (file: File) => void;
}

/** Export (.json to continue elsewhere, .docx and print of the summary) and import. */
export default function ExportTools({ assessment, view, labels, now, say, onImport }: Props) {
  const { strings } = labels;
  const [busy, setBusy] = useState(false);
  const name = (extension: string) => fileName(assessment?.name ?? '', strings.fileName, extension);

  const json = () => {
    if (!assessment) return;
    const file = name('json');
    downloadFile(file, new Blob([exportFile(assessment, now())], { type: 'application/json' }));
    say(fill(strings.downloaded, { file }));
  };

  const docx = async () => {
    if (!assessment) return;
    setBusy(true);
    say(strings.preparingDocx);
    try {
      const library = await import('docx');
      const blob = await library.Packer.toBlob(assessmentToDocx(assessment, view, labels, library));
      const file = name('docx');
      downloadFile(file, blob);
      say(fill(strings.downloaded, { file }));
    } catch {
      say(strings.docxFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="sa-step sa-export no-print" aria-labelledby="sa-export-title">
      <h2 id="sa-export-title">{strings.exportTitle}</h2>
      <p class="prose">{strings.exportIntro}</p>
      {assessment && (
        <div class="sa-buttons">
          <button type="button" class="button button--primary sa-button-regular" data-export="json" onClick={json}>
            {strings.exportJson}
          </button>
          <button
            type="button"
            class="button button--primary sa-button-regular"
            data-export="docx"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => {
              if (!busy) void docx();
            }}
          >
            {strings.exportDocx}
          </button>
          <button
            type="button"
            class="button button--primary sa-button-regular"
            data-export="print"
            onClick={() => print()}
          >
            {strings.printSummary}
          </button>
        </div>
      )}
      <div class="sa-field sa-import">
        <label for="sa-import">{strings.importLabel}</label>
        <span class="sa-hint" id="sa-import-hint">
          {strings.importHint}
        </span>
        <input
          type="file"
          id="sa-import"
          accept=".json,application/json"
          aria-describedby="sa-import-hint"
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) onImport(file);
            input.value = '';
          }}
        />
      </div>
    </section>
  );
}
