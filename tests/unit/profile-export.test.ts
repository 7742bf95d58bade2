import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { buildProfileDocument } from '../../src/lib/profile/document';
import { profileCsvFile, profileToCsv } from '../../src/lib/profile/format/csv';
import { profileDocxCore, profileToDocx } from '../../src/lib/profile/format/docx';
import { packDocxBuffer } from '../../src/lib/profile/format/docx-core';
import { gridDocxCore, gridToDocx } from '../../src/lib/profile/format/grid-docx';
import { profileToHtml } from '../../src/lib/profile/format/html';
import { profileToMarkdown } from '../../src/lib/profile/format/markdown';
import { profileToText } from '../../src/lib/profile/format/text';
import { gridToHtml, makeGrid } from '../../src/lib/profile/grid';
import type { ProfileState } from '../../src/lib/profile/state';
import { xmlSafe } from '../../src/lib/profile/xml-safe';
import { parseCsv } from '../csv-parse';
import { docxText, unzipEntry } from '../docx-text';
import { profileData } from './profile-fixture';

const URL_ = 'https://competenties.example.org/nl/profiel/?t=Diensthoofd%20HR&lang=nl&v=1';
const DATE = new Date('2026-03-05T10:00:00Z');
const meta = { url: URL_, date: DATE };
const selection = (languages: string[], title = 'Diensthoofd HR'): ProfileState => ({
  title,
  languages,
  competencies: [{ key: 'objectieven-behalen', level: 'B', indicators: ['A-1', 'B-1', 'B-2'] }],
  areas: [{ fn: 'strategisch-manager-a4-a5', area: 'leidinggevende' }],
});
const doc = (languages: string[], title?: string) =>
  buildProfileDocument(selection(languages, title), profileData, meta);

const SOURCE_NL =
  'Bron: het competentiewoordenboek van de federale overheid (FOD BOSA) en de bijbehorende teksten over competentiemanagement. ' +
  `Profiel: ${URL_}. Geëxporteerd op 5 maart 2026.`;
const SOURCE_FR =
  'Source\u00a0: le dictionnaire des compétences de l’administration fédérale (SPF BOSA) et les textes qui l’accompagnent sur la gestion des compétences. ' +
  `Profil\u00a0: ${URL_}. Exporté le 5 mars 2026. Traduction non officielle, réalisée par nos soins à partir du texte néerlandais, qui fait foi.`;

describe('every export ends with its source line', () => {
  const cases: [string, string[], string[]][] = [
    ['nl', ['nl'], [SOURCE_NL]],
    ['fr', ['fr'], [SOURCE_FR]],
    ['both', ['nl', 'fr'], [SOURCE_NL, SOURCE_FR]],
  ];
  for (const [name, languages, lines] of cases) {
    it(`${name}: plain text, Markdown, HTML, CSV (both separators), .docx`, async () => {
      const d = doc(languages);
      expect(d.source.map((s) => s.text)).toEqual(lines);
      expect(profileToText(d).endsWith(`\n\n—\n${lines.join('\n')}\n`)).toBe(true);
      const md = profileToMarkdown(d).trimEnd().split('\n\n');
      expect(md.slice(-lines.length - 1)).toEqual(['---', ...lines.map((l) => `*${l.replace(/[_*[\]<>]/g, '\\$&')}*`)]);
      const html = profileToHtml(d);
      expect(html).toContain('<footer class="profile-source">');
      for (const line of lines) expect(html).toContain(`<small>${line.replace(/&/g, '&amp;')}</small>`);
      for (const separator of [';', ','] as const) {
        const rows = parseCsv(profileToCsv(d, separator), separator);
        expect(rows.slice(-lines.length - 1)).toEqual([[''], ...lines.map((l) => [l])]);
      }
      const { paragraphs } = docxText(await docx.Packer.toBuffer(profileToDocx(d, docx)));
      expect(paragraphs.slice(-lines.length)).toEqual(lines);
    });
  }

  it('French is marked as our translation only where French is shown', () => {
    expect(doc(['nl']).source[0]!.text).not.toContain('Traduction');
    expect(doc(['fr']).source[0]!.text).toContain('Traduction non officielle');
  });

  it('without export metadata (the preview in tests), nothing is added', () => {
    expect(buildProfileDocument(selection(['nl']), profileData).source).toEqual([]);
  });
});

describe('CSV for Belgian Excel and for other tools', () => {
  it('semicolons by default, commas on request; UTF-8 BOM, CRLF; both parse back to the same rows', () => {
    const d = doc(['nl'], 'Hoofd; "HR", team');
    const semicolon = profileCsvFile(d);
    const comma = profileCsvFile(d, ',');
    expect(semicolon.startsWith('\uFEFFProfiel;Code;Niveau;Competentie of functie;Onderdeel;Tekst\r\n')).toBe(true);
    expect(comma.startsWith('\uFEFFProfiel,Code,Niveau,Competentie of functie,Onderdeel,Tekst\r\n')).toBe(true);
    expect(semicolon.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const rows = parseCsv(semicolon, ';');
    expect(parseCsv(comma, ',')).toEqual(rows);
    expect(rows[1]!.slice(0, 6)).toEqual([
      'Hoofd; "HR", team',
      'strategisch-manager-a4-a5-leidinggevende',
      '',
      'Strategisch manager (A4/A5)',
      'Als leidinggevende',
      'de strategie bepalen.',
    ]);
    expect(rows[4]![5]).toBe('Herkent kansen.');
  });

  it('keeps the formula guard in both variants', () => {
    for (const separator of [';', ','] as const) {
      expect(parseCsv(profileToCsv(doc(['nl'], '=SUM(A1;A2)'), separator), separator)[1]![0]).toBe("'=SUM(A1;A2)");
    }
  });
});

describe('.docx core properties', () => {
  it('title, the site as creator, the language and the date', async () => {
    for (const [languages, language, creator] of [
      [['nl'], 'nl-BE', 'Competentiewoordenboek'],
      [['fr'], 'fr-BE', 'Dictionnaire des compétences'],
      [['nl', 'fr'], 'nl-BE, fr-BE', 'Competentiewoordenboek'],
    ] as const) {
      const d = doc([...languages]);
      const file = await packDocxBuffer(docx, profileToDocx(d, docx), profileDocxCore(d));
      const core = unzipEntry(file, 'docProps/core.xml').toString('utf8');
      expect(core).toContain('<dc:title>Diensthoofd HR</dc:title>');
      expect(core).toContain(`<dc:creator>${creator}</dc:creator>`);
      expect(core).not.toContain('Un-named');
      expect(core).toContain(`<dc:language>${language}</dc:language>`);
      expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-05T10:00:00Z</dcterms:created>');
    }
  });
});

describe('characters XML does not allow', () => {
  it('are removed from every export', async () => {
    expect(xmlSafe('a\uFFFEb\uFFFF\u0001c\u0009d\uD800e\uD83D\uDE00')).toBe('abc\u0009de\uD83D\uDE00');
    const d = doc(['nl'], 'Hoofd\uFFFE HR\u0007');
    expect(d.title).toBe('Hoofd HR');
    const file = await packDocxBuffer(docx, profileToDocx(d, docx), profileDocxCore(d));
    const xml = unzipEntry(file, 'word/document.xml').toString('utf8');
    // eslint-disable-next-line no-control-regex -- the export must hold none of these characters
    expect(xml).not.toMatch(/[\uFFFE\uFFFF\u0000-\u0008]/);
    expect(profileToText(d)).not.toContain('\uFFFE');
    expect(profileToCsv(d)).not.toContain('\uFFFE');
  });
});

describe('assessment grid', () => {
  const grid = (languages: string[], candidate = '') => makeGrid(doc(languages), profileData.exportLabels!, candidate);
  const docxOf = async (g: ReturnType<typeof grid>) => packDocxBuffer(docx, gridToDocx(g, docx), gridDocxCore(g));

  it('.docx: one row per chosen indicator under the scale headers, then the summary', async () => {
    const file = await docxOf(grid(['nl'], 'Jan Peeters'));
    const { rows, paragraphs } = docxText(file);
    const header = ['Gedragsindicator', '1', '2', '3', '4', 'n.w.', 'Vaststellingen (gedrag, voorbeelden)'];
    expect(rows[0]).toEqual(header);
    expect(rows.slice(1, 4).map((r) => r[0])).toEqual([
      'Herkent kansen.',
      'Behaalt resultaten.',
      'Reageert op hindernissen.',
    ]);
    expect(rows.slice(1, 4).every((r) => r.length === header.length && r.slice(1).every((c) => c === ''))).toBe(true);
    expect(rows[4]).toEqual(['Competentie', 'Eindbeoordeling (1–4)', 'Motivering']);
    expect(rows.slice(5)).toEqual([
      ['Objectieven behalen (niveau B)', '', ''],
      ['Totaal', '', ''],
    ]);
    expect(paragraphs[0]).toBe('Beoordelingsrooster – Diensthoofd HR');
    expect(paragraphs).toContain('Kandidaat: Jan Peeters');
    expect(paragraphs).toContain(
      'Schaal: 1 = niet aangetoond · 2 = gedeeltelijk aangetoond · 3 = aangetoond · 4 = ruim aangetoond · n.w. = niet waargenomen',
    );
    expect(paragraphs.at(-1)).toBe(SOURCE_NL);
    const core = unzipEntry(file, 'docProps/core.xml').toString('utf8');
    expect(core).toContain('<dc:title>Beoordelingsrooster – Diensthoofd HR</dc:title>');
    expect(core).toContain('<dc:language>nl-BE</dc:language>');
  });

  it('.docx in French and in both languages: the scale in the grid’s language(s)', async () => {
    const fr = docxText(await docxOf(grid(['fr'])));
    expect(fr.rows[0]).toEqual([
      'Indicateur comportemental',
      '1',
      '2',
      '3',
      '4',
      'n.o.',
      'Constats (comportements, exemples)',
    ]);
    expect(fr.paragraphs).toContain('Candidat(e)\u00a0: ______________________________');
    expect(fr.paragraphs).toContain(
      'Échelle\u00a0: 1 = non démontré · 2 = partiellement démontré · 3 = démontré · 4 = largement démontré · n.o. = non observé',
    );
    const both = docxText(await docxOf(grid(['nl', 'fr'])));
    expect(both.rows[0]).toEqual([
      'Gedragsindicator / Indicateur comportemental',
      '1',
      '2',
      '3',
      '4',
      'n.w. / n.o.',
      'Vaststellingen (gedrag, voorbeelden) / Constats (comportements, exemples)',
    ]);
    expect(both.rows[1]![0]).toBe('Herkent kansen. Reconnaît des opportunités.');
    expect(both.paragraphs.slice(-2)).toEqual([SOURCE_NL, SOURCE_FR]);
  });

  it('HTML for the printable page: the same rows, the candidate escaped, no question made up', () => {
    const html = gridToHtml(grid(['nl'], '<b>Jan</b>'));
    expect(html.match(/<tr data-indicator=/g)).toHaveLength(3);
    expect(html).toContain('&lt;b&gt;Jan&lt;/b&gt;');
    expect(html).not.toMatch(/\?<\/td>/);
  });
});
