import type { ExportMeta } from '../../lib/profile/source';
import type { ProfileData } from '../../lib/profile/data';
import { buildProfileDocument, type ProfileDocument } from '../../lib/profile/document';
import { profileCsvFile, type CsvSeparator } from '../../lib/profile/format/csv';
import { packDocx } from '../../lib/profile/format/docx-core';
import { profileDocxCore, profileToDocx } from '../../lib/profile/format/docx';
import { profileToHtml } from '../../lib/profile/format/html';
import { profileToMarkdown } from '../../lib/profile/format/markdown';
import { profileToText } from '../../lib/profile/format/text';
import type { ProfileState } from '../../lib/profile/state';

/**
 * The export formats, loaded when the user first asks for one (not with the page). Each export
 * is made with its source line: the profile's address and the date of the export.
 */
export const exportDocument = (state: ProfileState, data: ProfileData, meta: ExportMeta): ProfileDocument =>
  buildProfileDocument(state, data, meta);

export const plainText = profileToText;
export const markdown = profileToMarkdown;
export const richHtml = (doc: ProfileDocument) => profileToHtml(doc, { inlineStyles: true });

export function csvBlob(doc: ProfileDocument, separator: CsvSeparator): Blob {
  return new Blob([profileCsvFile(doc, separator)], { type: 'text/csv;charset=utf-8' });
}

/** The .docx, with the `docx` library loaded only now. */
export async function docxBlob(doc: ProfileDocument): Promise<Blob> {
  const library = await import('docx');
  return packDocx(library, profileToDocx(doc, library), profileDocxCore(doc));
}
