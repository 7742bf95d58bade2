import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** The kinds of file worth compressing (text and WebAssembly); images and Pagefind's own files are compressed already. */
export const COMPRESSIBLE_EXTENSIONS: readonly string[] = [
  'html',
  'css',
  'js',
  'mjs',
  'json',
  'svg',
  'wasm',
  'xml',
  'txt',
];

export const isCompressible = (name: string): boolean =>
  COMPRESSIBLE_EXTENSIONS.includes(name.split('.').pop()!.toLowerCase());

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Brotli at its highest quality and gzip at level 9: done once at build time, so the slowest settings are worth it. */
export async function compressedCopies(body: Buffer): Promise<{ br: Buffer; gz: Buffer }> {
  const [br, gz] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gzipAsync(body, { level: 9 }),
  ]);
  return { br, gz };
}
