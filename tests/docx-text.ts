import { inflateRawSync } from 'node:zlib';

/**
 * Reads a .docx the way the tests need it: a .docx is a zip; this finds word/document.xml through
 * the zip's central directory, inflates it, and returns its body paragraphs and table rows as text.
 */
export function unzipEntry(zip: Uint8Array, name: string): Buffer {
  const buffer = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = buffer.length - 22;
  while (end >= 0 && buffer.readUInt32LE(end) !== 0x06054b50) end -= 1;
  if (end < 0) throw new Error('Not a zip file: no end of central directory.');
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  for (let i = 0; i < count; i += 1) {
    if (buffer.readUInt32LE(at) !== 0x02014b50) throw new Error('Broken zip central directory.');
    const method = buffer.readUInt16LE(at + 10);
    const size = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const skip = nameLength + buffer.readUInt16LE(at + 30) + buffer.readUInt16LE(at + 32);
    const local = buffer.readUInt32LE(at + 42);
    if (buffer.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const data = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      const raw = buffer.subarray(data, data + size);
      if (method === 0) return Buffer.from(raw);
      if (method === 8) return inflateRawSync(raw);
      throw new Error(`Unsupported zip compression method ${method}.`);
    }
    at += 46 + skip;
  }
  throw new Error(`No ${name} in the zip.`);
}

const decodeXml = (text: string) =>
  text.replace(
    /&(lt|gt|amp|quot|apos);/g,
    (_, name: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[name] ?? '',
  );

const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)].map((p) =>
    decodeXml([...(p[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );

export function docxText(file: Uint8Array): { xml: string; paragraphs: string[]; rows: string[][] } {
  const xml = unzipEntry(file, 'word/document.xml').toString('utf8');
  const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const rows = [...xml.matchAll(/<w:tr(?:\s[^>]*)?>([\s\S]*?)<\/w:tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(/<w:tc(?:\s[^>]*)?>([\s\S]*?)<\/w:tc>/g)].map((cell) =>
      paragraphsOf(cell[1] ?? '').join(' '),
    ),
  );
  return { xml, paragraphs: paragraphsOf(body), rows };
}
