import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { buildProfileDocument } from '../../src/lib/profile/document';
import { profileRows, profileToCsv } from '../../src/lib/profile/format/csv';
import { profileToDocx } from '../../src/lib/profile/format/docx';
import { profileToHtml } from '../../src/lib/profile/format/html';
import { escapeMarkdown, profileToMarkdown } from '../../src/lib/profile/format/markdown';
import { profileToText } from '../../src/lib/profile/format/text';
import type { ProfileState } from '../../src/lib/profile/state';
import { docxText } from '../docx-text';
import { parseCsv } from '../csv-parse';
import { profileData } from './profile-fixture';

/** The known selection: one result area, one competency at level B with three of its four indicators. */
const selection = (languages: string[], title = 'Diensthoofd HR'): ProfileState => ({
  title,
  languages,
  competencies: [{ key: 'objectieven-behalen', level: 'B', indicators: ['A-1', 'B-1', 'B-2'] }],
  areas: [{ fn: 'strategisch-manager-a4-a5', area: 'leidinggevende' }],
});
const doc = (languages: string[], title?: string) => buildProfileDocument(selection(languages, title), profileData);

const TEXT_NL = `Diensthoofd HR

Resultaatgebieden

• Als leidinggevende: de strategie bepalen.

Competenties

Objectieven behalen (niveau B)
Definitie: Resultaten boeken.

A. Kansen benutten: kansen herkennen.
• Herkent kansen.

B. Resultaatgericht: resultaten halen.
• Behaalt resultaten.
• Reageert op hindernissen.
`;

const TEXT_FR_BODY = `Domaines de résultats

• En tant que dirigeant\u00a0: définir la stratégie.

Compétences

Atteindre les objectifs (niveau B)
Définition\u00a0: Obtenir des résultats.

A. Saisir les opportunités\u00a0: reconnaître les opportunités.
• Reconnaît des opportunités.

B. Orientation résultats\u00a0: obtenir des résultats.
• Obtient des résultats.
• Réagit aux obstacles.
`;

describe('plain text', () => {
  it('Dutch', () => {
    expect(profileToText(doc(['nl']))).toBe(TEXT_NL);
  });

  it('French', () => {
    expect(profileToText(doc(['fr']))).toBe(`Diensthoofd HR\n\n${TEXT_FR_BODY}`);
  });

  it('both: Dutch, then French, each under its name', () => {
    const [, nlBody] = TEXT_NL.split('Diensthoofd HR\n\n');
    expect(profileToText(doc(['nl', 'fr']))).toBe(
      `Diensthoofd HR\n\n— Nederlands —\n\n${nlBody!.trimEnd()}\n\n— Français —\n\n${TEXT_FR_BODY}`,
    );
  });

  it('uses the wording of the level (level A has its own definition) and leaves out an empty title', () => {
    const text = profileToText(
      buildProfileDocument(
        { title: '  ', languages: ['nl'], competencies: [{ key: 'objectieven-behalen', level: 'A' }], areas: [] },
        profileData,
      ),
    );
    expect(text).toBe(`Competenties

Objectieven behalen (niveau A)
Definitie: Resultaten boeken op lange termijn.

A. Kansen benutten: kansen herkennen.
• Herkent kansen. (A)
• Benut mogelijkheden. (A)

B. Resultaatgericht: resultaten halen.
• Behaalt resultaten. (A)
• Reageert op hindernissen. (A)
`);
  });
});

describe('Markdown', () => {
  const MD_NL = `# Diensthoofd HR

## Resultaatgebieden

- **Als leidinggevende**: de strategie bepalen.

## Competenties

### Objectieven behalen (niveau B)

**Definitie**: Resultaten boeken.

**A. Kansen benutten**: kansen herkennen.

- Herkent kansen.

**B. Resultaatgericht**: resultaten halen.

- Behaalt resultaten.
- Reageert op hindernissen.
`;
  const MD_FR_SECTIONS = (depth: string) => `${depth} Domaines de résultats

- **En tant que dirigeant**\u00a0: définir la stratégie.

${depth} Compétences

${depth}# Atteindre les objectifs (niveau B)

**Définition**\u00a0: Obtenir des résultats.

**A. Saisir les opportunités**\u00a0: reconnaître les opportunités.

- Reconnaît des opportunités.

**B. Orientation résultats**\u00a0: obtenir des résultats.

- Obtient des résultats.
- Réagit aux obstacles.
`;

  it('Dutch', () => {
    expect(profileToMarkdown(doc(['nl']))).toBe(MD_NL);
  });

  it('French', () => {
    expect(profileToMarkdown(doc(['fr']))).toBe(`# Diensthoofd HR\n\n${MD_FR_SECTIONS('##')}`);
  });

  it('both: a section per language, headings one level lower', () => {
    const nlSections = MD_NL.split('# Diensthoofd HR\n\n')[1]!.replace(/^(#+) /gm, '#$1 ');
    expect(profileToMarkdown(doc(['nl', 'fr']))).toBe(
      `# Diensthoofd HR\n\n## Nederlands\n\n${nlSections}\n## Français\n\n${MD_FR_SECTIONS('###')}`,
    );
  });

  it('escapes what the user typed', () => {
    expect(profileToMarkdown(doc(['nl'], '# *Hoofd* [HR](x) <b>_a_</b> & `b`')).split('\n')[0]).toBe(
      '# \\# \\*Hoofd\\* \\[HR\\](x) \\<b\\>\\_a\\_\\</b\\> & \\`b\\`',
    );
    expect(escapeMarkdown('1. Eerst')).toBe('1\\. Eerst');
    expect(escapeMarkdown('- lijst')).toBe('\\- lijst');
    expect(escapeMarkdown('R&amp;D')).toBe('R\\&amp;D');
  });
});

describe('HTML', () => {
  it('Dutch: headings, bold labels, lists, the language marked', () => {
    expect(profileToHtml(doc(['nl']))).toBe(`<div lang="nl-BE">
<h1>Diensthoofd HR</h1>
<h2>Resultaatgebieden</h2>
<ul><li><strong>Als leidinggevende</strong>: de strategie bepalen.</li></ul>
<h2>Competenties</h2>
<h3>Objectieven behalen (niveau B)</h3><p><strong>Definitie</strong>: Resultaten boeken.</p>
<p><strong>A. Kansen benutten</strong>: kansen herkennen.</p><ul><li>Herkent kansen.</li></ul>
<p><strong>B. Resultaatgericht</strong>: resultaten halen.</p><ul><li>Behaalt resultaten.</li><li>Reageert op hindernissen.</li></ul>
</div>`);
  });

  it('French, headings from level 3 (the preview)', () => {
    expect(profileToHtml(doc(['fr']), { headingLevel: 3 })).toBe(`<div lang="fr-BE">
<h3>Diensthoofd HR</h3>
<h4>Domaines de résultats</h4>
<ul><li><strong>En tant que dirigeant</strong>\u00a0: définir la stratégie.</li></ul>
<h4>Compétences</h4>
<h5>Atteindre les objectifs (niveau B)</h5><p><strong>Définition</strong>\u00a0: Obtenir des résultats.</p>
<p><strong>A. Saisir les opportunités</strong>\u00a0: reconnaître les opportunités.</p><ul><li>Reconnaît des opportunités.</li></ul>
<p><strong>B. Orientation résultats</strong>\u00a0: obtenir des résultats.</p><ul><li>Obtient des résultats.</li><li>Réagit aux obstacles.</li></ul>
</div>`);
  });

  it('both: side by side in a table, a row per block', () => {
    const head =
      '<thead><tr><th scope="col" lang="nl-BE">Nederlands</th><th scope="col" lang="fr-BE">Français</th></tr></thead>';
    expect(profileToHtml(doc(['nl', 'fr']))).toBe(`<h1>Diensthoofd HR</h1>
<h2><span lang="nl-BE">Resultaatgebieden</span> / <span lang="fr-BE">Domaines de résultats</span></h2>
<table>
${head}
<tbody>
<tr><td lang="nl-BE"><p><strong>Als leidinggevende</strong>: de strategie bepalen.</p></td><td lang="fr-BE"><p><strong>En tant que dirigeant</strong>\u00a0: définir la stratégie.</p></td></tr>
</tbody>
</table>
<h2><span lang="nl-BE">Competenties</span> / <span lang="fr-BE">Compétences</span></h2>
<table>
${head}
<tbody>
<tr><td lang="nl-BE"><h3>Objectieven behalen (niveau B)</h3><p><strong>Definitie</strong>: Resultaten boeken.</p></td><td lang="fr-BE"><h3>Atteindre les objectifs (niveau B)</h3><p><strong>Définition</strong>\u00a0: Obtenir des résultats.</p></td></tr>
<tr><td lang="nl-BE"><p><strong>A. Kansen benutten</strong>: kansen herkennen.</p><ul><li>Herkent kansen.</li></ul></td><td lang="fr-BE"><p><strong>A. Saisir les opportunités</strong>\u00a0: reconnaître les opportunités.</p><ul><li>Reconnaît des opportunités.</li></ul></td></tr>
<tr><td lang="nl-BE"><p><strong>B. Resultaatgericht</strong>: resultaten halen.</p><ul><li>Behaalt resultaten.</li><li>Reageert op hindernissen.</li></ul></td><td lang="fr-BE"><p><strong>B. Orientation résultats</strong>\u00a0: obtenir des résultats.</p><ul><li>Obtient des résultats.</li><li>Réagit aux obstacles.</li></ul></td></tr>
</tbody>
</table>`);
  });

  it('for the clipboard, gives the table borders word processors keep', () => {
    expect(profileToHtml(doc(['nl', 'fr']), { inlineStyles: true })).toContain(
      '<table style="border-collapse:collapse;width:100%">',
    );
    expect(profileToHtml(doc(['nl', 'fr']), { inlineStyles: true })).toContain(
      '<td lang="nl-BE" style="border:1px solid #808080;',
    );
  });

  it('escapes what the user typed', () => {
    expect(profileToHtml(doc(['nl'], `<img src=x onerror="alert('x')"> & co`)).split('\n')[1]).toBe(
      '<h1>&lt;img src=x onerror=&quot;alert(&#39;x&#39;)&quot;&gt; &amp; co</h1>',
    );
  });
});

describe('CSV', () => {
  const NL_ROWS = [
    ['Profiel', 'Code', 'Niveau', 'Competentie of functie', 'Onderdeel', 'Tekst'],
    [
      'Diensthoofd HR',
      'strategisch-manager-a4-a5-leidinggevende',
      '',
      'Strategisch manager (A4/A5)',
      'Als leidinggevende',
      'de strategie bepalen.',
    ],
    ['Diensthoofd HR', 'objectieven-behalen-B', 'B', 'Objectieven behalen', 'Definitie', 'Resultaten boeken.'],
    [
      'Diensthoofd HR',
      'objectieven-behalen-B-A',
      'B',
      'Objectieven behalen',
      'A. Kansen benutten',
      'kansen herkennen.',
    ],
    [
      'Diensthoofd HR',
      'objectieven-behalen-B-A-1',
      'B',
      'Objectieven behalen',
      'A. Kansen benutten',
      'Herkent kansen.',
    ],
    [
      'Diensthoofd HR',
      'objectieven-behalen-B-B',
      'B',
      'Objectieven behalen',
      'B. Resultaatgericht',
      'resultaten halen.',
    ],
    [
      'Diensthoofd HR',
      'objectieven-behalen-B-B-1',
      'B',
      'Objectieven behalen',
      'B. Resultaatgericht',
      'Behaalt resultaten.',
    ],
    [
      'Diensthoofd HR',
      'objectieven-behalen-B-B-2',
      'B',
      'Objectieven behalen',
      'B. Resultaatgericht',
      'Reageert op hindernissen.',
    ],
  ];

  it('Dutch, comma variant: exact text, RFC 4180 (comma, CRLF)', () => {
    expect(profileToCsv(doc(['nl']), ',')).toBe(
      'Profiel,Code,Niveau,Competentie of functie,Onderdeel,Tekst\r\n' +
        'Diensthoofd HR,strategisch-manager-a4-a5-leidinggevende,,Strategisch manager (A4/A5),Als leidinggevende,de strategie bepalen.\r\n' +
        'Diensthoofd HR,objectieven-behalen-B,B,Objectieven behalen,Definitie,Resultaten boeken.\r\n' +
        'Diensthoofd HR,objectieven-behalen-B-A,B,Objectieven behalen,A. Kansen benutten,kansen herkennen.\r\n' +
        'Diensthoofd HR,objectieven-behalen-B-A-1,B,Objectieven behalen,A. Kansen benutten,Herkent kansen.\r\n' +
        'Diensthoofd HR,objectieven-behalen-B-B,B,Objectieven behalen,B. Resultaatgericht,resultaten halen.\r\n' +
        'Diensthoofd HR,objectieven-behalen-B-B-1,B,Objectieven behalen,B. Resultaatgericht,Behaalt resultaten.\r\n' +
        'Diensthoofd HR,objectieven-behalen-B-B-2,B,Objectieven behalen,B. Resultaatgericht,Reageert op hindernissen.\r\n',
    );
    expect(parseCsv(profileToCsv(doc(['nl']), ','))).toEqual(NL_ROWS);
  });

  it('French', () => {
    expect(parseCsv(profileToCsv(doc(['fr']), ','))).toEqual([
      ['Profil', 'Code', 'Niveau', 'Compétence ou fonction', 'Élément', 'Texte'],
      [
        'Diensthoofd HR',
        'strategisch-manager-a4-a5-leidinggevende',
        '',
        'Manager stratégique (A4/A5)',
        'En tant que dirigeant',
        'définir la stratégie.',
      ],
      [
        'Diensthoofd HR',
        'objectieven-behalen-B',
        'B',
        'Atteindre les objectifs',
        'Définition',
        'Obtenir des résultats.',
      ],
      [
        'Diensthoofd HR',
        'objectieven-behalen-B-A',
        'B',
        'Atteindre les objectifs',
        'A. Saisir les opportunités',
        'reconnaître les opportunités.',
      ],
      [
        'Diensthoofd HR',
        'objectieven-behalen-B-A-1',
        'B',
        'Atteindre les objectifs',
        'A. Saisir les opportunités',
        'Reconnaît des opportunités.',
      ],
      [
        'Diensthoofd HR',
        'objectieven-behalen-B-B',
        'B',
        'Atteindre les objectifs',
        'B. Orientation résultats',
        'obtenir des résultats.',
      ],
      [
        'Diensthoofd HR',
        'objectieven-behalen-B-B-1',
        'B',
        'Atteindre les objectifs',
        'B. Orientation résultats',
        'Obtient des résultats.',
      ],
      [
        'Diensthoofd HR',
        'objectieven-behalen-B-B-2',
        'B',
        'Atteindre les objectifs',
        'B. Orientation résultats',
        'Réagit aux obstacles.',
      ],
    ]);
  });

  it('both: the columns of each language side by side', () => {
    const rows = parseCsv(profileToCsv(doc(['nl', 'fr']), ','));
    expect(rows[0]).toEqual([
      'Profiel / Profil',
      'Code',
      'Niveau',
      'Competentie of functie (NL)',
      'Onderdeel (NL)',
      'Tekst (NL)',
      'Compétence ou fonction (FR)',
      'Élément (FR)',
      'Texte (FR)',
    ]);
    expect(rows[4]).toEqual([
      'Diensthoofd HR',
      'objectieven-behalen-B-A-1',
      'B',
      'Objectieven behalen',
      'A. Kansen benutten',
      'Herkent kansen.',
      'Atteindre les objectifs',
      'A. Saisir les opportunités',
      'Reconnaît des opportunités.',
    ]);
    expect(rows).toHaveLength(8);
  });

  it('quotes and neutralises what the user typed', () => {
    const csv = profileToCsv(doc(['nl'], '=HYPERLINK("x"), "Hoofd"'), ',');
    expect(csv.split('\r\n')[1]!.startsWith(`"'=HYPERLINK(""x""), ""Hoofd""",`)).toBe(true);
    expect(profileRows(doc(['nl'], '=1+1'))[1]![0]).toBe('=1+1');
    expect(parseCsv(csv)[1]![0]).toBe(`'=HYPERLINK("x"), "Hoofd"`);
  });
});

describe('.docx', () => {
  const docxOf = async (languages: string[], title?: string) =>
    docxText(await docx.Packer.toBuffer(profileToDocx(doc(languages, title), docx)));

  it('Dutch: the paragraphs in order', async () => {
    const { paragraphs } = await docxOf(['nl']);
    expect(paragraphs).toEqual([
      'Diensthoofd HR',
      'Resultaatgebieden',
      'Als leidinggevende: de strategie bepalen.',
      'Competenties',
      'Objectieven behalen (niveau B)',
      'Definitie: Resultaten boeken.',
      'A. Kansen benutten: kansen herkennen.',
      'Herkent kansen.',
      'B. Resultaatgericht: resultaten halen.',
      'Behaalt resultaten.',
      'Reageert op hindernissen.',
    ]);
  });

  it('French, every run marked French', async () => {
    const { paragraphs, xml } = await docxOf(['fr']);
    expect(paragraphs).toEqual([
      'Diensthoofd HR',
      'Domaines de résultats',
      'En tant que dirigeant\u00a0: définir la stratégie.',
      'Compétences',
      'Atteindre les objectifs (niveau B)',
      'Définition\u00a0: Obtenir des résultats.',
      'A. Saisir les opportunités\u00a0: reconnaître les opportunités.',
      'Reconnaît des opportunités.',
      'B. Orientation résultats\u00a0: obtenir des résultats.',
      'Obtient des résultats.',
      'Réagit aux obstacles.',
    ]);
    expect(xml).toContain('<w:lang w:val="fr-BE"/>');
    expect(xml).not.toContain('w:val="nl-BE"');
  });

  it('both: a table, the languages side by side', async () => {
    const { paragraphs, rows } = await docxOf(['nl', 'fr']);
    expect(paragraphs.slice(0, 2)).toEqual(['Diensthoofd HR', 'Resultaatgebieden / Domaines de résultats']);
    expect(rows).toEqual([
      ['Nederlands', 'Français'],
      ['Als leidinggevende: de strategie bepalen.', 'En tant que dirigeant\u00a0: définir la stratégie.'],
      ['Nederlands', 'Français'],
      [
        'Objectieven behalen (niveau B) Definitie: Resultaten boeken.',
        'Atteindre les objectifs (niveau B) Définition\u00a0: Obtenir des résultats.',
      ],
      [
        'A. Kansen benutten: kansen herkennen. Herkent kansen.',
        'A. Saisir les opportunités\u00a0: reconnaître les opportunités. Reconnaît des opportunités.',
      ],
      [
        'B. Resultaatgericht: resultaten halen. Behaalt resultaten. Reageert op hindernissen.',
        'B. Orientation résultats\u00a0: obtenir des résultats. Obtient des résultats. Réagit aux obstacles.',
      ],
    ]);
  });

  it('escapes what the user typed', async () => {
    const { paragraphs, xml } = await docxOf(['nl'], '<w:p>Hoofd & "co"</w:p>');
    expect(paragraphs[0]).toBe('<w:p>Hoofd & "co"</w:p>');
    expect(xml).toContain('&lt;w:p&gt;Hoofd &amp;');
  });
});
