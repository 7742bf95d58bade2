import type * as Docx from 'docx';
import { escapeHtml } from './html';

/**
 * The .docx core properties (docProps/core.xml) the `docx` library does not write: the language
 * and a creator other than "Un-named". Passed to `Packer` as an override of that file.
 */
export interface CoreProperties {
  title: string;
  /** The site's name. */
  creator: string;
  /** BCP 47 tag(s) of the text, e.g. `nl-BE` (several joined with a comma). */
  language: string;
  date: Date;
}

const iso = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

export function coreXml({ title, creator, language, date }: CoreProperties): string {
  const when = iso(date);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeHtml(title)}</dc:title>` +
    `<dc:creator>${escapeHtml(creator)}</dc:creator>` +
    `<cp:lastModifiedBy>${escapeHtml(creator)}</cp:lastModifiedBy>` +
    `<dc:language>${escapeHtml(language)}</dc:language>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

/** A .docx file as a Blob (browser) with the given core properties. */
export function packDocx(docx: typeof Docx, document: Docx.Document, core: CoreProperties): Promise<Blob> {
  return docx.Packer.toBlob(document, false, [{ path: 'docProps/core.xml', data: coreXml(core) }]);
}

/** The same as a Buffer (Node: tests). */
export function packDocxBuffer(docx: typeof Docx, document: Docx.Document, core: CoreProperties): Promise<Buffer> {
  return docx.Packer.toBuffer(document, false, [{ path: 'docProps/core.xml', data: coreXml(core) }]);
}
