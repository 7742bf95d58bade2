import { useEffect, useMemo, useState } from 'preact/hooks';
import type { AssessmentGridStrings } from '../../i18n/types';
import { decodeProfileQuery, sanitiseProfile } from '../../lib/profile/check';
import { downloadFile } from '../../lib/profile/clipboard';
import { encodeProfileQuery } from '../../lib/profile/codec';
import { loadProfileData, type ProfileData } from '../../lib/profile/data';
import { buildProfileDocument } from '../../lib/profile/document';
import { fill } from '../../lib/profile/fill';
import { gridToHtml, makeGrid, MAX_CANDIDATE_LENGTH } from '../../lib/profile/grid';
import type { ProfileIndex } from '../../lib/profile/index-data';
import { fileName } from '../../lib/profile/start';
import type { ProfileState } from '../../lib/profile/state';
import { loadProfile } from '../../lib/profile/storage';
import '../../styles/buttons.css';
import './AssessmentGrid.css';

interface Props {
  locale: string;
  index: ProfileIndex;
  dataBase: string;
  /** The builder's absolute address on the site (the source line names the profile's link). */
  profileUrl: string;
  /** The builder, under the base. */
  profilePath: string;
  labels: {
    grid: AssessmentGridStrings;
    allLanguages: string;
    loadFailed: string;
    downloaded: string;
    docxFailed: string;
    preparingDocx: string;
  };
}

/**
 * The assessment grid page: the profile of the link (or, without one, the profile kept in this
 * browser) as a grid for the selection interview, in the chosen language(s), with an optional
 * candidate name (kept in the page only); printed from the page or downloaded as .docx.
 */
export default function AssessmentGrid({ locale, index, dataBase, profileUrl, profilePath, labels }: Props) {
  const { grid: strings } = labels;
  const [profile, setProfile] = useState<ProfileState | null>(null);
  const [languages, setLanguages] = useState<string[]>([locale]);
  const [data, setData] = useState<ProfileData | null>(null);
  const [failed, setFailed] = useState(false);
  const [candidate, setCandidate] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    document.querySelectorAll<HTMLElement>('[data-grid-needs-js]').forEach((note) => {
      note.hidden = true;
    });
    const link = decodeProfileQuery(location.search);
    const stored = loadProfile();
    const state = link.found ? link.state : stored.kind === 'ok' ? stored.state : null;
    const wanted = state?.languages.filter((l) => index.locales.some((x) => x.code === l)) ?? [];
    loadProfileData(dataBase, [locale, ...wanted])
      .then((loaded) => {
        const clean = state ? sanitiseProfile(state, loaded, [locale]).state : null;
        setData(loaded);
        setProfile(clean);
        if (clean) setLanguages(clean.languages);
      })
      .catch(() => setFailed(true));
  }, []);

  useEffect(() => {
    if (!data || languages.every((l) => data.labels[l])) return;
    loadProfileData(dataBase, [locale, ...languages]).then(setData, () => setFailed(true));
  }, [languages, data]);

  const query = profile ? encodeProfileQuery({ ...profile, languages }) : '';
  const grid = useMemo(() => {
    if (!data || !profile || !languages.every((l) => data.labels[l])) return null;
    const doc = buildProfileDocument({ ...profile, languages }, data, {
      url: `${profileUrl}?${query}`,
      date: new Date(),
    });
    return makeGrid(doc, data.exportLabels ?? {}, candidate);
  }, [data, profile, languages, candidate]);

  if (failed)
    return (
      <p class="grid-notice" role="alert">
        {labels.loadFailed}
      </p>
    );
  if (!data)
    return (
      <p class="grid-hint" aria-busy="true">
        {strings.loading}
      </p>
    );
  if (!profile || profile.competencies.length === 0) {
    return (
      <p class="grid-notice">
        {strings.emptyProfile} <a href={profilePath}>{strings.backToProfile}</a>
      </p>
    );
  }

  const codes = index.locales.map((l) => l.code);
  const all = codes.length > 1 && codes.every((c) => languages.includes(c));
  const options = [
    ...index.locales.map((l) => ({
      value: [l.code],
      label: l.nativeName,
      lang: l.htmlLang,
      checked: !all && languages[0] === l.code,
    })),
    ...(codes.length > 1 ? [{ value: codes, label: labels.allLanguages, lang: undefined, checked: all }] : []),
  ];
  const download = async () => {
    if (!grid) return;
    setMessage(labels.preparingDocx);
    try {
      const [library, { gridToDocx, gridDocxCore }, { packDocx }] = await Promise.all([
        import('docx'),
        import('../../lib/profile/format/grid-docx'),
        import('../../lib/profile/format/docx-core'),
      ]);
      const file = fileName(`${strings.labels.title} ${profile.title} ${grid.candidate}`, strings.labels.title, 'docx');
      downloadFile(file, await packDocx(library, gridToDocx(grid, library), gridDocxCore(grid)));
      setMessage(fill(labels.downloaded, { file }));
    } catch {
      setMessage(labels.docxFailed);
    }
  };

  return (
    <div class="assessment-grid">
      <div class="grid-controls no-print">
        <div class="grid-card">
          <label class="grid-label" for="grid-candidate">
            {strings.candidateLabel}
          </label>
          <p id="grid-candidate-hint" class="grid-hint">
            {strings.candidateHint}
          </p>
          <input
            id="grid-candidate"
            type="text"
            autocomplete="off"
            maxLength={MAX_CANDIDATE_LENGTH}
            value={candidate}
            aria-describedby="grid-candidate-hint"
            onInput={(e) => setCandidate(e.currentTarget.value)}
          />
        </div>
        <fieldset class="grid-card">
          <legend class="grid-label">{strings.languageTitle}</legend>
          {options.map((option) => (
            <label key={option.value.join(',')} class="grid-check">
              <input
                type="radio"
                name="grid-language"
                checked={option.checked}
                onChange={() => setLanguages(option.value)}
              />
              <span lang={option.lang}>{option.label}</span>
            </label>
          ))}
        </fieldset>
        <div class="grid-actions">
          <button type="button" class="button button--primary" onClick={() => void download()}>
            {strings.downloadDocx}
          </button>
          <button type="button" class="button" onClick={() => print()}>
            {strings.print}
          </button>
          <a class="button" href={`${profilePath}?${query}`}>
            {strings.backToProfile}
          </a>
        </div>
        <p class="grid-status" aria-live="polite" data-grid-status>
          {message}
        </p>
      </div>
      <section class="grid-preview" aria-label={strings.previewTitle}>
        {grid ? (
          <div class="grid-document" dangerouslySetInnerHTML={{ __html: gridToHtml(grid, 2) }} />
        ) : (
          <p class="grid-hint">{strings.loading}</p>
        )}
      </section>
    </div>
  );
}
