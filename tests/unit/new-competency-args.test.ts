import { describe, expect, it } from 'vitest';
import { parseNewCompetencyArgs } from '../../src/content-tools/new-competency-args';
import { runCli } from './run-cli';

const parse = (...argv: string[]) => parseNewCompetencyArgs(argv, ['nl', 'fr']);
const message = (...argv: string[]) => {
  const result = parse(...argv);
  return result.ok ? '' : result.message;
};

describe('the arguments of npm run new:competency', () => {
  it('accepts names, a group and counts', () => {
    expect(
      parse(
        '--nl',
        ' Informatie begrijpen ',
        '--fr',
        'Comprendre',
        '--group',
        'informatie',
        '--dimensions',
        '4',
        '--indicators',
        '3',
      ),
    ).toEqual({
      ok: true,
      args: {
        names: { nl: 'Informatie begrijpen', fr: 'Comprendre' },
        group: 'informatie',
        dimensions: 4,
        indicators: 3,
        content: undefined,
      },
    });
  });

  it.each([
    [['--dimensions', '0'], '--dimensions must be a whole number from 1 to 26, not "0".'],
    [['--dimensions', 'abc'], '--dimensions must be a whole number from 1 to 26, not "abc".'],
    [['--dimensions=-1'], '--dimensions must be a whole number from 1 to 26, not "-1".'],
    [['--dimensions', '27'], '--dimensions must be a whole number from 1 to 26, not "27".'],
    [['--indicators', '2.5'], '--indicators must be a whole number from 1 to 20, not "2.5".'],
    [['--nl', '   '], '--nl is empty: give the name of the competency in "nl".'],
    [['--group', ''], '--group is empty: give the id of a group of the model.'],
  ])('refuses %j with a plain message', (argv, expected) => {
    expect(message(...argv)).toBe(expected);
  });

  it('says what an option needs, and names an unknown option or a stray word', () => {
    expect(message('--dimensions', '-1')).toMatch(/^--dimensions needs a value: a whole number from 1 to 26\./);
    expect(message('--nl')).toMatch(/^--nl needs a value: a name in double quotes\./);
    expect(message('--bogus')).toMatch(/^--bogus is not an option of this command\./);
    expect(message('Informatie')).toMatch(/^"Informatie" is not an option/);
    expect(message('--nl', 'Infor\u202emeren')).toContain('bidirectional control character');
  });

  it('the command prints the message without a stack trace and creates nothing', { timeout: 30_000 }, () => {
    for (const value of ['0', 'abc', '-1']) {
      const { status, stdout, stderr } = runCli('new-competency-cli.ts', [
        '--content',
        'tests/fixtures/valid-content',
        '--nl',
        'Adviseren',
        `--dimensions=${value}`,
      ]);
      expect(status).toBe(1);
      expect(stderr.trim()).toBe(`--dimensions must be a whole number from 1 to 26, not "${value}".`);
      expect(stdout).not.toContain('created');
    }
  });
});
