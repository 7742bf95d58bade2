import { describe, expect, it } from 'vitest';
import { checkText, findTextProblems, proseLines, stringsOf } from '../../src/lib/text-checks';

const messages = (text: string, prose = false) => checkText(text, 'f', prose).map((f) => f.message);

describe('text checks', () => {
  it('accepts ordinary Dutch and French text, including hyphens before a conjunction and French spacing', () => {
    expect(messages("Deelt kennis- en informatiebronnen met collega's.")).toEqual([]);
    expect(messages('Obtient des résultats à court- et long terme ; réagit avec souplesse : toujours.')).toEqual([]);
    expect(messages('Werkt o.a. met e-mail en de afdeling/directie.')).toEqual([]);
  });

  it('finds empty texts and placeholders', () => {
    expect(messages('  ')).toEqual(['is empty.']);
    expect(messages('TODO: de definitie')[0]).toContain('placeholder "TODO"');
    expect(messages('Lorem ipsum dolor.')[0]).toContain('placeholder');
    expect(messages('...')[0]).toContain('only a placeholder');
  });

  it('finds extraction artefacts', () => {
    expect(messages('Kan goed han- delen.')[0]).toBe('has a word split across a line: "han- delen".');
    expect(messages('Neemt  initiatief.')[0]).toContain('two or more spaces');
    expect(messages('Neemt initiatief. ')[0]).toContain('starts or ends with a space');
    expect(messages('Wordt aangepast.Neemt initiatief.')[0]).toContain('"aangepast.Neemt"');
    expect(messages('Ef\u00adficiënt')[0]).toContain('soft hyphen');
    expect(messages('ef\ufb01ciënt')[0]).toContain('ligature "fi"');
  });

  it('names the field of each text, as written in the file', () => {
    expect(stringsOf({ name: 'x', dimensions: [{ indicators: { D: ['a', 'b'] } }] }).map((s) => s.field)).toEqual([
      'name',
      'dimensions[0].indicators.D[0]',
      'dimensions[0].indicators.D[1]',
    ]);
    const problems = findTextProblems({ dimensions: [{ indicators: { B: ['goed', 'TODO'] } }] }, undefined, undefined);
    expect(problems.map((p) => p.field)).toEqual(['dimensions[0].indicators.B[1]']);
  });

  it('checks body prose line by line, with the line of the file, outside code and comments', () => {
    const body =
      '\nEen  alinea.\n\n```\ncode  met  spaties\n```\n{/* TODO: later */}\n- Een lijst met han- delen.\nRegel met harde breuk  \n';
    expect(proseLines(body, 10).map((l) => l.line)).toEqual([11, 17, 18]);
    const problems = findTextProblems({}, body, 10);
    expect(problems.map((p) => [p.field, p.message.split(':')[0]])).toEqual([
      ['body, line 11', 'has two or more spaces in a row'],
      ['body, line 17', 'has a word split across a line'],
    ]);
  });
});
