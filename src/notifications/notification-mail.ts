import type { OutgoingMail } from '../mail/mail.service';
import { catalogueFor, translate } from '../common/i18n/translator';
import { escapeHtml } from './notification-text';

/** One entry of a mail: what happened, about what, and where to read it. */
export interface MailItem {
  readonly headline: string;
  readonly title: string;
  readonly excerpt?: string;
  /** Absolute URL. */
  readonly url: string;
}

export interface MailFrame {
  readonly to: string;
  readonly locale: string;
  readonly recipientName: string;
  /** Absolute URL of the one-click unsubscribe (GET shows a button, POST unsubscribes). */
  readonly unsubscribeUrl: string;
  /** What the unsubscribe turns off, as text ("Mentions", "the digest"). */
  readonly unsubscribeWhat: string;
  readonly preferencesUrl: string;
}

/** RFC 2369 and RFC 8058 headers: mail clients show an "Unsubscribe" button that POSTs. */
export function unsubscribeHeaders(url: string): Record<string, string> {
  return {
    'List-Unsubscribe': `<${url}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

function footer(frame: MailFrame): { text: string; html: string } {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(frame.locale, key, params);
  const why = t('notifications.mail.why');
  const stop = t('notifications.mail.unsubscribe', { what: frame.unsubscribeWhat });
  const manage = t('notifications.mail.preferences');
  return {
    text: `--\n${why}\n${stop}: ${frame.unsubscribeUrl}\n${manage}: ${frame.preferencesUrl}\n`,
    html:
      `<hr><p style="color:#555;font-size:13px">${escapeHtml(why)}<br>` +
      `<a href="${escapeHtml(frame.unsubscribeUrl)}">${escapeHtml(stop)}</a> · ` +
      `<a href="${escapeHtml(frame.preferencesUrl)}">${escapeHtml(manage)}</a></p>`,
  };
}

function itemText(item: MailItem): string {
  return [item.headline, item.title, item.excerpt, item.url].filter(Boolean).join('\n');
}

function itemHtml(item: MailItem): string {
  return (
    `<p><strong>${escapeHtml(item.headline)}</strong><br>` +
    `<a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>` +
    (item.excerpt ? `<br><span style="color:#333">${escapeHtml(item.excerpt)}</span>` : '') +
    '</p>'
  );
}

function page(locale: string, body: string): string {
  const dir = catalogueFor(locale).direction === 'rtl' ? 'rtl' : 'ltr';
  return `<!doctype html><html lang="${escapeHtml(locale)}" dir="${dir}"><body style="font-family:sans-serif;line-height:1.5">${body}</body></html>`;
}

/** The mail for one notification: plain text and HTML, with the unsubscribe headers. */
export function notificationMail(frame: MailFrame, item: MailItem): OutgoingMail {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(frame.locale, key, params);
  const greeting = t('notifications.mail.greeting', { name: frame.recipientName });
  const open = t('notifications.mail.open');
  const end = footer(frame);
  return {
    to: frame.to,
    subject: t('notifications.mail.subject', { headline: item.headline, title: item.title }),
    text: `${greeting}\n\n${itemText(item)}\n\n${end.text}`,
    html: page(
      frame.locale,
      `<p>${escapeHtml(greeting)}</p>${itemHtml(item)}` +
        `<p><a href="${escapeHtml(item.url)}">${escapeHtml(open)}</a></p>${end.html}`,
    ),
    headers: unsubscribeHeaders(frame.unsubscribeUrl),
  };
}

/** The digest: the items by type, each type under its heading. */
export function digestMail(
  frame: MailFrame,
  sections: readonly { heading: string; items: readonly MailItem[] }[],
  count: number,
  centreUrl: string,
): OutgoingMail {
  const t = (key: string, params: Record<string, unknown> = {}) =>
    translate(frame.locale, key, params);
  const greeting = t('notifications.mail.greeting', { name: frame.recipientName });
  const intro = t('notifications.digest.intro', { count });
  const all = t('notifications.digest.all');
  const end = footer(frame);
  const text = sections
    .map((s) => `${s.heading}\n\n${s.items.map(itemText).join('\n\n')}`)
    .join('\n\n');
  const html = sections
    .map(
      (s) =>
        `<h2 style="font-size:16px">${escapeHtml(s.heading)}</h2>${s.items.map(itemHtml).join('')}`,
    )
    .join('');
  return {
    to: frame.to,
    subject: t('notifications.digest.subject', { count }),
    text: `${greeting}\n\n${intro}\n\n${text}\n\n${all}: ${centreUrl}\n\n${end.text}`,
    html: page(
      frame.locale,
      `<p>${escapeHtml(greeting)}</p><p>${escapeHtml(intro)}</p>${html}` +
        `<p><a href="${escapeHtml(centreUrl)}">${escapeHtml(all)}</a></p>${end.html}`,
    ),
    headers: unsubscribeHeaders(frame.unsubscribeUrl),
  };
}
