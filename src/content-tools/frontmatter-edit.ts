import { parse as parseYaml } from 'yaml';
import { FRONTMATTER } from './frontmatter';

/**
 * Writes `translation.sourceHash` into an MDX file's frontmatter, touching only that line: the
 * rest of the file (quotes, comments, line breaks, the body) stays as the editor wrote it.
 */
export function setSourceHash(text: string, hash: string): string {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('the file has no frontmatter block (--- ... ---).');
  const frontmatter = match[1]!;
  const newline = frontmatter.includes('\r\n') ? '\r\n' : '\n';
  const lines = frontmatter.split(/\r?\n/);
  const start = lines.findIndex((line) => /^translation\s*:/.test(line));
  if (start === -1) throw new Error('the frontmatter has no "translation:" block.');

  const inline = /^translation\s*:\s*(\{.*\})\s*(#.*)?$/.exec(lines[start]!);
  if (inline) {
    const value = parseYaml(inline[1]!) as Record<string, unknown>;
    value.sourceHash = hash;
    lines[start] = `translation: { ${Object.entries(value)
      .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
      .join(', ')} }`;
  } else {
    if (!/^translation\s*:\s*(#.*)?$/.test(lines[start]!))
      throw new Error('the "translation:" block is not written as indented fields.');
    let end = start + 1;
    while (end < lines.length && (/^\s+\S/.test(lines[end]!) || lines[end]!.trim() === '')) end++;
    while (end > start + 1 && lines[end - 1]!.trim() === '') end--;
    const block = lines.slice(start + 1, end);
    if (block.length === 0) throw new Error('the "translation:" block is empty.');
    const indent = /^(\s+)/.exec(block[0]!)![1]!;
    const existing = block.findIndex((line) => /^\s+sourceHash\s*:/.test(line));
    const line = `${indent}sourceHash: "${hash}"`;
    if (existing >= 0) lines[start + 1 + existing] = line;
    else lines.splice(end, 0, line);
  }
  const head = text.slice(0, text.indexOf(frontmatter));
  return `${head}${lines.join(newline)}${text.slice(head.length + frontmatter.length)}`;
}
