import { agendaText, parseAgenda } from './agenda-text';

describe('agenda text', () => {
  it('reads one item a line, with optional presenter and minutes, in order', () => {
    expect(parseAgenda('Welcome | Chair | 10\r\n\n  2. Carrier engagement | Kenya\n- AOB')).toEqual(
      {
        items: [
          { title: 'Welcome', presenter: 'Chair', durationMinutes: 10 },
          { title: 'Carrier engagement', presenter: 'Kenya', durationMinutes: null },
          { title: 'AOB', presenter: null, durationMinutes: null },
        ],
      },
    );
    expect(parseAgenda('  \n ')).toEqual({ items: [] });
  });

  it('says which line is wrong', () => {
    expect(parseAgenda('Welcome\n | Chair')).toEqual({ error: { line: 2, problem: 'title' } });
    expect(parseAgenda('Welcome | Chair | ten')).toEqual({
      error: { line: 1, problem: 'duration' },
    });
    expect(parseAgenda('Welcome | Chair | 0')).toEqual({ error: { line: 1, problem: 'duration' } });
    expect(parseAgenda('a | b | 1 | d')).toEqual({ error: { line: 1, problem: 'title' } });
    expect(parseAgenda(`${'x'.repeat(301)}`)).toEqual({ error: { line: 1, problem: 'tooLong' } });
    expect(parseAgenda('x\n'.repeat(41))).toEqual({ error: { line: 41, problem: 'tooMany' } });
  });

  it('writes the items back as the form reads them', () => {
    const text = 'Welcome | Chair | 10\nCarrier engagement | Kenya\nAOB\nBudget |  | 15';
    const parsed = parseAgenda(text);
    expect('items' in parsed && agendaText(parsed.items)).toBe(text);
  });
});
