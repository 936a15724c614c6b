import { LIMITS, LiquidSandbox, SandboxLimitError } from './liquid-sandbox';
import { documentsMessages } from '../documents.messages';
import type { TemplateContent } from './template-content';

describe('LiquidSandbox', () => {
  const sandbox = new LiquidSandbox();

  it('renders declared variables, conditions and loops', async () => {
    await expect(
      sandbox.render('{{ name }}{% if on %}!{% endif %}{% for a in items %} {{ a }}{% endfor %}', {
        name: 'PIU',
        on: true,
        items: ['x', 'y'],
      }),
    ).resolves.toBe('PIU! x y');
  });

  it('names an undeclared variable with the line of its first use', () => {
    const problems = sandbox.checkSection(
      'Intro\n\nThe {{ piu_name }} and {{ known }}\n{{ piu_name }}',
      new Set(['known']),
    );
    expect(problems).toEqual([
      { key: 'documents.check.undeclared', params: { name: 'piu_name' }, line: 3, column: 8 },
    ]);
  });

  it('accepts the built-in names without a declaration', () => {
    expect(
      sandbox.checkSection('{{ state_name }} {{ state_code }} {{ today }}', new Set()),
    ).toEqual([]);
  });

  it('reports a syntax error with its line and column, in its own words, never Liquid’s', () => {
    const raw: string[] = [];
    const reporting = new LiquidSandbox((message) => raw.push(message));
    const cases: [string, object][] = [
      [
        'one\ntwo\n{% if x %}never closed',
        { key: 'documents.check.notClosed', params: { tag: 'if' }, line: 3, column: 1 },
      ],
      [
        '{{ x | no_such_filter }}',
        { key: 'documents.check.unknownFilter', params: { name: 'no_such_filter' }, line: 1 },
      ],
      [
        'text\n  {% frobnicate %}',
        { key: 'documents.check.unknownTag', params: { tag: 'frobnicate' }, line: 2, column: 3 },
      ],
      ['{% endif %}', { key: 'documents.check.unopened', params: { tag: 'endif' } }],
      ['a\n {{ x ', { key: 'documents.check.outputNotClosed', line: 2, column: 2 }],
      ['{% for a in %}{% endfor %}', { key: 'documents.check.badTag', params: { tag: 'for' } }],
      ['{% raw %}x', { key: 'documents.check.notClosed', params: { tag: 'raw' } }],
      ['{{ a.b[ }}', { key: 'documents.check.syntax', params: {}, line: 1, column: 8 }],
    ];
    for (const [source, expected] of cases)
      expect(reporting.checkSection(source, new Set(['x', 'a']))[0]).toMatchObject(expected);
    // Liquid's English went to the report (the logs), not into any problem.
    expect(raw[0]).toContain('not closed');
    for (const [source] of cases)
      for (const problem of reporting.checkSection(source, new Set(['x', 'a']))) {
        expect(documentsMessages[problem.key]).toBeDefined();
        expect(JSON.stringify(problem.params)).not.toMatch(/closed|undefined|illegal|not found/);
      }
  });

  it('refuses the tags that would reach files', () => {
    for (const tag of ['include', 'render', 'layout'])
      expect(sandbox.checkSection(`{% ${tag} "secrets" %}`, new Set())[0]).toMatchObject({
        key: 'documents.check.refusedTag',
        params: { tag },
        line: 1,
      });
  });

  it('says what stopped a render with its line, in catalogue words', async () => {
    await expect(sandbox.render('line\n {{ missing }}', {})).rejects.toMatchObject({
      key: 'documents.render.undefined',
      params: { name: 'missing', line: 2, column: 5 },
    });
  });

  it('reaches no object beyond the values it is given', async () => {
    await expect(sandbox.render('{{ value.constructor }}', { value: {} })).rejects.toBeInstanceOf(
      SandboxLimitError,
    );
    await expect(sandbox.render('{{ value.__proto__ }}', { value: {} })).rejects.toBeInstanceOf(
      SandboxLimitError,
    );
  });

  it('stops an endless loop and a huge output with a message', async () => {
    const loop = sandbox.render(
      '{% for i in (1..100000000) %}{% for j in (1..100000000) %}x{% endfor %}{% endfor %}',
      {},
    );
    await expect(loop).rejects.toMatchObject({
      key: expect.stringMatching(/^documents\.render\.(memory|time)$/),
    });
    const started = Date.now();
    const slow = sandbox.render(
      '{% for i in (1..2000) %}{% for j in (1..2000) %}{% endfor %}{% endfor %}',
      {},
    );
    await expect(slow).rejects.toMatchObject({
      key: expect.stringMatching(/^documents\.render\.(memory|time)$/),
    });
    expect(Date.now() - started).toBeLessThan(5000);
    const long = 'x'.repeat(1000);
    // A sandbox without a practical time limit: on a loaded machine the clock would stop this
    // render first, and the output or memory limit is what must stop it.
    const patient = new LiquidSandbox(undefined, { ...LIMITS, render: 60_000 });
    await expect(
      patient.render('{% for i in (1..500) %}{{ long }}{% endfor %}', { long }),
    ).rejects.toMatchObject({
      key: expect.stringMatching(/^documents\.render\.(tooLong|memory)$/),
    });
  });

  it('checks a whole content, conditions included', () => {
    const content: TemplateContent = {
      variables: [
        {
          name: 'a',
          label: 'A',
          type: 'text',
          help: '',
          required: false,
          defaultValue: '',
          choices: [],
        },
      ],
      sections: [
        { key: 's1', title: 'One', condition: 'missing', body: '{{ a }}' },
        { key: 's2', title: 'Two', condition: null, body: '{{ a }}' },
      ],
    };
    const problems = sandbox.check(content);
    expect([...problems.keys()]).toEqual(['s1']);
    expect(problems.get('s1')![0].key).toBe('documents.check.undeclaredCondition');
  });
});
