import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { compressedCopies, isCompressible } from '../lib/serving/compress.ts';

/**
 * Writes `x.br` and `x.gz` beside every text file of the build (HTML, CSS, JavaScript, JSON, SVG,
 * WebAssembly, XML), at the highest levels, so that a server sends them as they are (nginx's
 * gzip_static and brotli_static) instead of compressing at every request. Runs last, after
 * Pagefind has written its files and the pages have their final form.
 */
export default function precompressIntegration(): AstroIntegration {
  return {
    name: 'precompress',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true, withFileTypes: true }))
          .filter((entry) => entry.isFile() && isCompressible(entry.name))
          .map((entry) => join(entry.parentPath, entry.name));
        let raw = 0;
        let brotli = 0;
        // A few at a time: zlib works in Node's thread pool.
        for (let i = 0; i < files.length; i += 8) {
          await Promise.all(
            files.slice(i, i + 8).map(async (file) => {
              const body = await readFile(file);
              const { br, gz } = await compressedCopies(body);
              await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
              raw += body.length;
              brotli += br.length;
            }),
          );
        }
        logger.info(
          `precompressed ${files.length} files (.br and .gz): ${Math.round(raw / 1000)} kB, ${Math.round(brotli / 1000)} kB with brotli`,
        );
      },
    },
  };
}
