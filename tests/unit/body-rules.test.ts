import { describe, expect, it } from 'vitest';
import { compileBody } from '../../src/content-tools/body/compile';
import { BODY_COMPONENTS } from '../../src/content-tools/body/components';
import { checkBodyNode, isCommentOnly } from '../../src/content-tools/body/rules';
import { isAllowedUrl, urlScheme } from '../../src/content-tools/body/url-scheme';
import { schemaProblems } from '../../src/content-tools/schema-messages';
import { competencySchema } from '../../src/schemas/competency';

const FRONTMATTER = '---\nkey: "x"\n---\n';
const compile = (body: string) => compileBody(FRONTMATTER + body, FRONTMATTER.length, '/tmp/page.mdx');

describe('the body rules', () => {
  it('allow Markdown, comments and the allowlisted components with their props', async () => {
    expect(Object.keys(BODY_COMPONENTS)).toEqual(['ModelOverview', 'Sic', 'Editorial', 'SourceTranslation']);
    const body = [
      '## Titel',
      '',
      'Tekst met **nadruk**, [een link](/nl/competenties/) en [mail](mailto:a@b.be) {/* een opmerking */}.',
      '',
      '<ModelOverview />',
      '',
      'Zo staat het <Sic note="zo in de bron" /> in de bron. <Editorial>Onze tekst.</Editorial>',
      '',
      '<SourceTranslation lang="fr">Une phrase.</SourceTranslation>',
      '',
      '{/* een opmerking\n   over twee regels */}',
      '',
    ].join('\n');
    expect(await compile(body)).toEqual([]);
  });

  it('tell a comment from code', () => {
    expect(isCommentOnly('/* a */')).toBe(true);
    expect(isCommentOnly(' /* a */ /* b */ ')).toBe(true);
    expect(isCommentOnly('/* a */ process.env.PATH /* b */')).toBe(false);
    expect(isCommentOnly('')).toBe(false);
    expect(isCommentOnly('// a')).toBe(false);
  });

  it('read a URL scheme as a browser does', () => {
    expect(urlScheme('java\tscript:alert(1)')).toBe('javascript');
    expect(urlScheme(' JavaScript:alert(1)')).toBe('javascript');
    expect(urlScheme('/nl/competenties/')).toBeUndefined();
    expect(urlScheme('../a/')).toBeUndefined();
    for (const url of [
      'https://example.org/',
      'http://example.org/',
      'mailto:a@b.be',
      'tel:+3221234567',
      '#anker',
      'pagina/',
    ])
      expect(isAllowedUrl(url), url).toBe(true);
    for (const url of ['javascript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', 'blob:x'])
      expect(isAllowedUrl(url), url).toBe(false);
  });

  it('report every problem of a body with its line and column', async () => {
    const found = await compile('Een {1 + 1}.\n\n<script>x</script>\n\n[a](javascript:x)\n');
    expect(found.map((v) => `${v.line}:${v.column}`)).toEqual(['4:5', '6:1', '8:1']);
  });

  it('accept string props only, and no spread', () => {
    const node = (attributes: { type: string; name?: string; value?: unknown }[]) => ({
      type: 'mdxJsxTextElement',
      name: 'Sic',
      attributes,
      position: { start: { line: 3, column: 2 } },
    });
    expect(checkBodyNode(node([{ type: 'mdxJsxAttribute', name: 'note', value: 'x' }]))).toEqual([]);
    expect(
      checkBodyNode(
        node([
          { type: 'mdxJsxAttribute', name: 'note', value: { type: 'mdxJsxAttributeValueExpression', value: 'x' } },
        ]),
      )[0]!.message,
    ).toContain('not a text in quotes');
    expect(checkBodyNode(node([{ type: 'mdxJsxExpressionAttribute', value: '...x' }]))[0]!.message).toContain('spread');
  });
});

describe('strict schemas', () => {
  it('report a misspelt field once, with the field it was meant to be', () => {
    const raw = {
      key: 'a',
      group: 'b',
      core: true,
      nmae: 'x',
      slug: 'a',
      definition: 'd',
      dimensions: [{ key: 'A', name: 'n', description: 'd', indicators: { B: ['i'] } }],
    };
    const result = competencySchema.safeParse(raw);
    expect(result.success).toBe(false);
    const problems = schemaProblems(result.error!.issues as never, raw, 'f.mdx', '', competencySchema);
    expect(problems.map((p) => [p.field, p.message])).toEqual([['nmae', 'is not a field of this kind of entry.']]);
    expect(problems[0]!.fix).toContain('Did you mean "name"?');
  });
});
