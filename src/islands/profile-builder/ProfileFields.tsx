import type { ProfileIndex } from '../../lib/profile/index-data';
import { MAX_TITLE_LENGTH, type ProfileState } from '../../lib/profile/state';
import type { Edit } from './store';
import type { EarlyLabels } from './types';

interface Props {
  index: ProfileIndex;
  labels: EarlyLabels;
  state: ProfileState;
  edit: (edit: Edit) => void;
}

/** The profile's title and the language(s) of its text. */
export default function ProfileFields({ index, labels, state, edit }: Props) {
  const { builder } = labels;
  const codes = index.locales.map((l) => l.code);
  const all = codes.length > 1 && codes.every((l) => state.languages.includes(l));
  const options = [
    ...index.locales.map((l) => ({
      value: [l.code],
      label: l.nativeName,
      checked: !all && state.languages[0] === l.code,
      lang: l.htmlLang,
    })),
    ...(codes.length > 1 ? [{ value: codes, label: builder.allLanguages, checked: all, lang: undefined }] : []),
  ];
  return (
    <>
      <div class="builder-card">
        <label class="builder-field-label" for="profile-title">
          {builder.titleLabel}
        </label>
        <p id="profile-title-hint" class="builder-hint">
          {builder.titleHint}
        </p>
        <input
          id="profile-title"
          type="text"
          maxLength={MAX_TITLE_LENGTH}
          autocomplete="off"
          value={state.title}
          aria-describedby="profile-title-hint"
          onInput={(e) => edit({ type: 'title', title: e.currentTarget.value })}
        />
      </div>
      <fieldset class="builder-card builder-languages">
        <legend>{builder.languageTitle}</legend>
        {options.map((option) => (
          <label key={option.value.join(',')} class="builder-check">
            <input
              type="radio"
              name="profile-language"
              value={option.value.join(',')}
              checked={option.checked}
              onChange={() => edit({ type: 'languages', languages: option.value })}
            />
            <span lang={option.lang}>{option.label}</span>
          </label>
        ))}
      </fieldset>
    </>
  );
}
