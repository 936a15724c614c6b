/**
 * The agenda as the form takes it: one item a line, `Title | presenter | minutes`, presenter
 * and minutes optional. Pages work without scripts, so an ordered list of items is a text
 * area; the order of the lines is the order of the agenda.
 */

export interface AgendaLine {
  readonly title: string;
  readonly presenter: string | null;
  readonly durationMinutes: number | null;
}

export const AGENDA_MAX_ITEMS = 40;
export const AGENDA_TITLE_MAX = 300;
export const PRESENTER_MAX = 200;

/** What is wrong with a line, for the form's message (`line` counts from 1). */
export interface AgendaProblem {
  readonly line: number;
  readonly problem: 'title' | 'duration' | 'tooLong' | 'tooMany';
}

export function parseAgenda(text: string): { items: AgendaLine[] } | { error: AgendaProblem } {
  const lines = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (lines.length > AGENDA_MAX_ITEMS)
    return { error: { line: AGENDA_MAX_ITEMS + 1, problem: 'tooMany' } };
  const items: AgendaLine[] = [];
  for (const [index, line] of lines.entries()) {
    const [title = '', presenter = '', minutes = '', ...rest] = line
      .replace(/^(\d+[.)]|[-*])\s+/, '')
      .split('|')
      .map((part) => part.trim());
    const number = index + 1;
    if (title === '' || rest.length > 0) return { error: { line: number, problem: 'title' } };
    if (title.length > AGENDA_TITLE_MAX || presenter.length > PRESENTER_MAX)
      return { error: { line: number, problem: 'tooLong' } };
    const duration = minutes === '' ? null : /^\d{1,3}$/.test(minutes) ? Number(minutes) : NaN;
    if (duration !== null && (Number.isNaN(duration) || duration < 1 || duration > 600))
      return { error: { line: number, problem: 'duration' } };
    items.push({ title, presenter: presenter || null, durationMinutes: duration });
  }
  return { items };
}

/** The items written back as the form shows them. */
export function agendaText(items: readonly AgendaLine[]): string {
  return items
    .map((item) =>
      [item.title, item.presenter ?? '', item.durationMinutes?.toString() ?? '']
        .join(' | ')
        .replace(/( \| )+$/, ''),
    )
    .join('\n');
}
