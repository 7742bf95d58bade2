import type { AstroIntegration } from 'astro';
import { tsImport } from 'tsx/esm/api';

/**
 * Runs the content pipeline (src/content-tools/run-check.ts: read, validate, compile every body,
 * run the checks of the registry) once, before Astro loads the content: the build stops with the
 * check's messages (file, field or line and column, problem, fix), exactly those of
 * `npm run check`. The site's collections then take their entries from this same result
 * (src/content-tools/shared-result.ts), so the content is validated once per build. `astro dev`
 * prints the problems and shows the errors in the browser (src/lib/load-catalog.ts).
 */
type Result = { errors: unknown[]; problems: unknown[] };
interface RunCheck {
  checkContent: (root: string) => Promise<Result>;
  summary: (result: Result) => string;
  refusal: (result: Result) => string | undefined;
}
interface Shared {
  sharedResult: (root: string, run: () => Promise<Result>) => Promise<Result>;
}
interface Layout {
  contentRoot: () => string;
}
interface Problems {
  formatProblem: (problem: unknown) => string;
}

export default function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        if (command === 'preview') return;
        // The pipeline is TypeScript with extensionless imports: load it as `npm run check` does, with tsx
        // (imported statically: the module runner that loaded the config is closed by now).
        const load = <T>(path: string) => tsImport(path, import.meta.url) as Promise<T>;
        const { checkContent, summary, refusal } = await load<RunCheck>('../content-tools/run-check.ts');
        const { sharedResult } = await load<Shared>('../content-tools/shared-result.ts');
        const { contentRoot } = await load<Layout>('../content-tools/layout.ts');
        const { formatProblem } = await load<Problems>('../lib/content-problems.ts');
        const root = contentRoot();
        const result = await sharedResult(root, () => checkContent(root));
        for (const problem of result.problems) {
          const text = formatProblem(problem);
          if (text.startsWith('error')) logger.error(text);
          else logger.warn(text);
        }
        logger.info(summary(result));
        const refused = refusal(result);
        if (command === 'build' && refused) throw new Error(refused);
      },
    },
  };
}
