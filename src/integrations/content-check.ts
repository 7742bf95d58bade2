import type { AstroIntegration } from 'astro';

/**
 * Runs `npm run check` (src/content-tools/run-check.ts) before Astro reads the content, so a
 * build stops with the check's messages (file, field, problem, fix) rather than Astro's own
 * schema errors; `astro dev` prints them and carries on. The content checks themselves are the
 * ones the site also runs when it loads the catalog (src/lib/content-problems.ts).
 */
interface RunCheck {
  checkContent: () => Promise<{ errors: unknown[]; warnings: unknown[]; problems: unknown[] }>;
  summary: (result: unknown) => string;
}
interface Problems { formatProblem: (problem: unknown) => string }

export default function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        // The checks are TypeScript modules with extensionless imports: load them as `npm run check` does, with tsx.
        const { tsImport } = await import('tsx/esm/api');
        const { checkContent, summary } = (await tsImport('../content-tools/run-check.ts', import.meta.url)) as RunCheck;
        const { formatProblem } = (await tsImport('../lib/content-problems.ts', import.meta.url)) as Problems;
        const result = await checkContent();
        for (const problem of result.problems) {
          const text = formatProblem(problem);
          if (text.startsWith('error')) logger.error(text);
          else logger.warn(text);
        }
        logger.info(summary(result));
        if (command === 'build' && result.errors.length > 0) {
          throw new Error(`The content has ${result.errors.length} error(s), listed above with their fix (npm run check lists the same).`);
        }
      },
    },
  };
}
