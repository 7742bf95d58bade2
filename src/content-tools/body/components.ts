/**
 * What an MDX body may contain besides Markdown: these components of the site, with these
 * props (each a text in quotes), and nothing else. The one list: the body rules
 * (./rules.ts) enforce it when a body is compiled, CONTRIBUTING.md explains it to editors.
 */
export interface BodyComponent {
  /** Props the component accepts, each a string literal: `<Sic note="..." />`. */
  props: readonly string[];
  /** What it is for, shown in the fix of a message. */
  about: string;
}

export const BODY_COMPONENTS: Readonly<Record<string, BodyComponent>> = {
  ModelOverview: { props: [], about: 'the overview of the competency model' },
  Sic: { props: ['note'], about: 'marks a slip of the source kept verbatim' },
  Editorial: { props: [], about: "marks our own text, not the source's" },
  SourceTranslation: { props: ['lang'], about: 'our translation of a sentence the source gives in another language' },
};

export const bodyComponentNames = (): string[] => Object.keys(BODY_COMPONENTS);
