import { formatDate } from '../common/i18n/intl-format';
import { translate } from '../common/i18n/translator';

/** What a notification's sentence needs besides its subject. */
export interface HeadlineInput {
  readonly type: string;
  /** The stored JSON parameters. */
  readonly params: string;
  readonly actorName: string | null;
}

function parsedParams(json: string): Record<string, string> {
  try {
    const value: unknown = JSON.parse(json);
    if (!value || typeof value !== 'object') return {};
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, String(v)]),
    );
  } catch {
    return {};
  }
}

/**
 * The sentence that says what happened ("Amina Diallo mentioned you"), in the reader's locale
 * and time zone. Built from the type, the actor's name and the parameters only: the subject's
 * title is shown beside it, from the source.
 */
export function headlineOf(input: HeadlineInput, locale: string, timeZone: string): string {
  const params = parsedParams(input.params);
  const actor = input.actorName ?? translate(locale, 'notifications.someone');
  return translate(locale, `notifications.headline.${input.type}`, {
    actor,
    change: params.change ?? 'other',
    startsAt: params.startsAt ? formatDate(params.startsAt, locale, timeZone, 'dateTime') : '',
    dueOn: params.dueOn ? formatDate(`${params.dueOn}T00:00:00Z`, locale, 'UTC', 'date') : '',
  });
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text made safe for HTML (element content and quoted attributes). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}
