import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import {
  checksum,
  exportFile,
  FILE_FORMAT,
  importFile,
  SCHEMA_VERSION,
} from '../../src/islands/self-assessment/file-format';
import type { AssessmentLabels } from '../../src/islands/self-assessment/labels';
import { importProblemText } from '../../src/islands/self-assessment/messages';
import { profileStart, queryOf } from '../../src/islands/self-assessment/profile-link';
import { emptyStore, readStore, serialiseStore } from '../../src/islands/self-assessment/store';
import { assessmentToDocx } from '../../src/islands/self-assessment/summary-docx';
import { assessmentView } from '../../src/islands/self-assessment/view';
import nl from '../../src/i18n/locales/nl';
import { docxText } from '../docx-text';
import { data, KEY, rated, T1 } from './self-assessment-fixture';

const context = (takenNames: string[] = []) => ({ id: 'sa-new', now: '2026-12-03T08:00:00.000Z', takenNames });
const exported = () => exportFile(rated(), T1);

describe('self-assessment file (.json export and import)', () => {
  it('is versioned, names its format and carries a checksum of the assessment', () => {
    const file = JSON.parse(exported()) as Record<string, unknown>;
    expect(file.format).toBe(FILE_FORMAT);
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
    expect(file.exported).toBe(T1);
    expect(file.checksum).toBe(checksum(JSON.stringify(rated())));
    expect(file.assessment).toEqual(rated());
  });

  it('imports into a new assessment: new id, a name not yet taken, the answers intact', () => {
    const result = importFile(exported(), data, context(['Gesprek december']));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessment.id).toBe('sa-new');
    expect(result.assessment.name).toBe('Gesprek december (2)');
    expect(result.assessment.answers).toEqual(rated().answers);
    expect(result.assessment.created).toBe(rated().created);
    expect(result.notes).toEqual([]);
  });

  it('reformatting the file (spaces, a byte order mark) does not count as a change', () => {
    const file = JSON.parse(exported()) as unknown;
    expect(importFile(`\uFEFF${JSON.stringify(file)}`, data, context()).ok).toBe(true);
  });

  it('refuses a file changed by hand after the export', () => {
    const edited = exported().replace('"sometimes"', '"always"');
    expect(importFile(edited, data, context())).toEqual({ ok: false, problem: { kind: 'edited' } });
    const noChecksum = JSON.parse(exported()) as Record<string, unknown>;
    delete noChecksum.checksum;
    expect(importFile(JSON.stringify(noChecksum), data, context())).toEqual({ ok: false, problem: { kind: 'edited' } });
  });

  it('refuses what is not JSON, not ours, of a newer or unreadable version', () => {
    expect(importFile('{"format": "competentiewoord', data, context())).toEqual({
      ok: false,
      problem: { kind: 'not-json' },
    });
    expect(importFile('{"title": "een profiel"}', data, context())).toEqual({
      ok: false,
      problem: { kind: 'not-ours' },
    });
    const newer = { ...(JSON.parse(exported()) as object), schemaVersion: 7 };
    expect(importFile(JSON.stringify(newer), data, context())).toEqual({
      ok: false,
      problem: { kind: 'newer-version', version: 7 },
    });
    const bad = { ...(JSON.parse(exported()) as object), schemaVersion: '1' };
    expect(importFile(JSON.stringify(bad), data, context())).toEqual({ ok: false, problem: { kind: 'bad-version' } });
    expect(importFile('x'.repeat(2_000_001), data, context())).toEqual({ ok: false, problem: { kind: 'too-large' } });
  });

  it('names the wrong field of a malformed assessment (with a matching checksum)', () => {
    const assessment = { ...rated(), answers: { [`${KEY}:B:A-1`]: { self: 'vaak' } } };
    const file = {
      format: FILE_FORMAT,
      schemaVersion: 1,
      exported: T1,
      checksum: checksum(JSON.stringify(assessment)),
      assessment,
    };
    const result = importFile(JSON.stringify(file), data, context());
    expect(result).toEqual({
      ok: false,
      problem: { kind: 'field', problem: { field: `assessment.answers["${KEY}:B:A-1"].self`, expected: 'rating' } },
    });
    if (!result.ok) {
      expect(importProblemText(result.problem, nl.selfAssessment)).toBe(
        `het veld assessment.answers["${KEY}:B:A-1"].self moet een waarde van de schaal (not-yet, sometimes, mostly, always of not-applicable) zijn.`,
      );
    }
  });

  it('leaves out, and reports, competencies or levels this edition does not have', () => {
    const assessment = {
      ...rated(),
      competencies: [
        { key: KEY, level: 'B', target: 'A' },
        { key: 'vroeger', level: 'B' },
        { key: KEY, level: 'D' },
      ],
    };
    const file = {
      format: FILE_FORMAT,
      schemaVersion: 1,
      exported: T1,
      checksum: checksum(JSON.stringify(assessment)),
      assessment,
    };
    const result = importFile(JSON.stringify(file), data, context());
    expect(result.ok && result.assessment.competencies).toEqual([{ key: KEY, level: 'B', target: 'A' }]);
    expect(result.ok && result.notes).toEqual([
      { kind: 'unknown-competency', key: 'vroeger' },
      { kind: 'unknown-level', key: KEY, level: 'D' },
    ]);
  });
});

describe('self-assessment storage', () => {
  it('reads back what it wrote, and keeps the open assessment', () => {
    const store = { current: 'sa-1', assessments: [rated()] };
    expect(readStore(serialiseStore(store))).toEqual({ kind: 'ok', store });
    expect(readStore(null)).toEqual({ kind: 'none' });
    expect(readStore(serialiseStore(emptyStore()))).toEqual({ kind: 'ok', store: emptyStore() });
  });

  it('an unreadable or malformed value is reported as such (the caller sets it aside)', () => {
    expect(readStore('{oops')).toEqual({ kind: 'corrupt', raw: '{oops' });
    expect(readStore('{"v":9,"assessments":[]}').kind).toBe('corrupt');
    const bad = JSON.stringify({ v: 1, current: null, assessments: [{ ...rated(), partner: 'ja' }] });
    expect(readStore(bad)).toEqual({
      kind: 'corrupt',
      raw: bad,
      problem: { field: 'assessments[0].partner', expected: 'yes-no' },
    });
  });

  it('an unknown open id falls back to the first assessment', () => {
    const raw = JSON.stringify({ v: 1, current: 'weg', assessments: [rated()] });
    expect(readStore(raw)).toMatchObject({ kind: 'ok', store: { current: 'sa-1' } });
  });
});

describe('starting from a profile link', () => {
  it('takes the competencies and levels of the link, reports what this edition lacks', () => {
    const start = profileStart(
      '?t=Diensthoofd&lang=nl&c=objectieven-behalen:b:A-1,onbekend:B,objectieven-behalen:D&v=1',
      data,
    );
    expect(start).toEqual({
      found: true,
      title: 'Diensthoofd',
      competencies: [{ key: KEY, level: 'B' }],
      skipped: ['onbekend:B', 'objectieven-behalen:D'],
    });
    expect(profileStart('?q=zoeken', data).found).toBe(false);
  });

  it('reads the query of a pasted link, or a pasted query', () => {
    expect(queryOf(' https://example.org/nl/profiel/?c=a:B&v=1#x ')).toBe('c=a:B&v=1');
    expect(queryOf('c=a:B&v=1')).toBe('c=a:B&v=1');
    expect(queryOf('https://example.org/nl/profiel/')).toBe('');
  });
});

describe('the .docx summary', () => {
  it('holds the name, the figures, the development points and every rating with its note', async () => {
    const a = { ...rated(), partner: true };
    const labels: AssessmentLabels = {
      strings: nl.selfAssessment,
      levelName: nl.ui.levelName,
      htmlLang: 'nl-BE',
      diff: {
        legendAdded: '',
        legendRemoved: '',
        sampleAdded: '',
        sampleRemoved: '',
        addedStart: '',
        addedEnd: '',
        removedStart: '',
        removedEnd: '',
      },
    };
    const document = assessmentToDocx(a, assessmentView(a, data, 'nl'), labels, docx);
    const { paragraphs, xml } = docxText(new Uint8Array(await docx.Packer.toBuffer(document)));
    expect(paragraphs[0]).toBe('Gesprek december');
    expect(paragraphs).toContain('Objectieven behalen (niveau B)');
    expect(paragraphs).toContain('A. Kansen benutten: 2 van 2 · 3,0 op 4 · Gesprekspartner: 3,0 op 4');
    // The development points, lowest first.
    const points = paragraphs.slice(
      paragraphs.indexOf('Ontwikkelpunten') + 1,
      paragraphs.indexOf('Ontwikkelpunten') + 3,
    );
    expect(points).toEqual([
      'Behaalt resultaten. (Objectieven behalen, B. Resultaatgericht): Nog niet',
      'Benut mogelijkheden. (Objectieven behalen, A. Kansen benutten): Soms',
    ]);
    const ratings = paragraphs.slice(paragraphs.indexOf('Beoordelingen'));
    expect(ratings).toEqual(
      expect.arrayContaining([
        'Herkent kansen.',
        'Uzelf: Altijd',
        'Voorbeeld: Project X: kansen gezien en benut.',
        'Uzelf: Soms',
        'Gesprekspartner: Meestal',
        'Uzelf: Niet van toepassing',
      ]),
    );
    expect(xml).toContain('<w:lang w:val="nl-BE"/>');
  });
});
