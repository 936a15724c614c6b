import { LiquidSandbox, SandboxLimitError } from './liquid-sandbox';
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
      { key: 'documents.check.undeclared', params: { name: 'piu_name' }, line: 3 },
    ]);
  });

  it('accepts the built-in names without a declaration', () => {
    expect(
      sandbox.checkSection('{{ state_name }} {{ state_code }} {{ today }}', new Set()),
    ).toEqual([]);
  });

  it('reports a syntax error with its line', () => {
    const [problem] = sandbox.checkSection('one\ntwo\n{% if x %}never closed', new Set(['x']));
    expect(problem).toMatchObject({ key: 'documents.check.syntax', line: 3 });
    expect(sandbox.checkSection('{{ x | no_such_filter }}', new Set(['x']))[0].key).toBe(
      'documents.check.syntax',
    );
  });

  it('refuses the tags that would reach files', () => {
    for (const tag of ['{% include "secrets" %}', '{% render "x" %}', '{% layout "x" %}'])
      expect(sandbox.checkSection(tag, new Set())[0].key).toBe('documents.check.syntax');
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
    await expect(
      sandbox.render('{% for i in (1..500) %}{{ long }}{% endfor %}', { long }),
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
