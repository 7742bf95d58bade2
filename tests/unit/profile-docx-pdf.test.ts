import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as docx from 'docx';
import { describe, expect, it } from 'vitest';
import { buildProfileDocument } from '../../src/lib/profile/document';
import { packDocxBuffer } from '../../src/lib/profile/format/docx-core';
import { profileDocxCore, profileToDocx } from '../../src/lib/profile/format/docx';
import { gridDocxCore, gridToDocx } from '../../src/lib/profile/format/grid-docx';
import { makeGrid } from '../../src/lib/profile/grid';
import { profileData } from './profile-fixture';

/**
 * The .docx exports open in LibreOffice: each is converted to PDF headless. LibreOffice
 * (`soffice`, Debian's libreoffice-writer-nogui) is required in CI; elsewhere, without it, the test
 * is skipped and says why. Each run uses its own LibreOffice profile, so parallel runs do not clash.
 */
const soffice = ['soffice', 'libreoffice'].find(
  (name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0,
);
const inCi = process.env.CI === 'true' || process.env.CI === '1';

const state = {
  title: 'Diensthoofd HR \uFFFE',
  languages: ['nl', 'fr'],
  competencies: [{ key: 'objectieven-behalen', level: 'B' }],
  areas: [{ fn: 'strategisch-manager-a4-a5', area: 'leidinggevende' }],
};

async function files(): Promise<[string, Buffer][]> {
  const doc = buildProfileDocument(state, profileData, {
    url: 'https://competenties.example.org/nl/profiel/?v=1',
    date: new Date('2026-03-05T10:00:00Z'),
  });
  const grid = makeGrid(doc, profileData.exportLabels!, 'Jan Peeters');
  return [
    ['profiel.docx', await packDocxBuffer(docx, profileToDocx(doc, docx), profileDocxCore(doc))],
    ['rooster.docx', await packDocxBuffer(docx, gridToDocx(grid, docx), gridDocxCore(grid))],
  ];
}

describe('the .docx exports open in LibreOffice', () => {
  it('profile and assessment grid convert to PDF headless', async (context) => {
    if (!soffice) {
      if (inCi)
        throw new Error(
          'LibreOffice (soffice) is not installed, but CI needs it for this test: apt-get install libreoffice-writer-nogui.',
        );
      context.skip(
        'LibreOffice (soffice) is not installed here: the .docx → PDF check did not run. Install libreoffice-writer-nogui to run it.',
      );
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'docx-pdf-'));
    try {
      const profile = pathToFileURL(join(dir, 'lo-profile')).href;
      for (const [name, content] of await files()) {
        writeFileSync(join(dir, name), content);
        const run = spawnSync(
          soffice,
          [
            `-env:UserInstallation=${profile}`,
            '--headless',
            '--norestore',
            '--convert-to',
            'pdf',
            '--outdir',
            dir,
            join(dir, name),
          ],
          { encoding: 'utf8', timeout: 120_000 },
        );
        const pdf = join(dir, name.replace(/\.docx$/, '.pdf'));
        expect(run.status, `${name}: ${run.stderr}${run.stdout}`).toBe(0);
        expect(existsSync(pdf), `${name}: no PDF written (${run.stderr}${run.stdout})`).toBe(true);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});
