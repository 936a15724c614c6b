import { digestMail, notificationMail, unsubscribeHeaders } from './notification-mail';

const frame = {
  to: 'amina@example.org',
  locale: 'en',
  recipientName: 'Amina <Diallo>',
  unsubscribeUrl: 'https://portal.example.org/notifications/unsubscribe/1.mention.x',
  unsubscribeWhat: 'Mentions of me',
  preferencesUrl: 'https://portal.example.org/account/notifications',
};
const item = {
  headline: 'Jomo mentioned you',
  title: 'PNR <script>alert(1)</script> & retention',
  excerpt: 'We should "align" the periods',
  url: 'https://portal.example.org/notifications/9/open',
};

describe('notification mails', () => {
  it('have a plain-text part and an HTML part that escapes every value', () => {
    const mail = notificationMail(frame, item);
    expect(mail.subject).toBe('Jomo mentioned you: PNR <script>alert(1)</script> & retention');
    expect(mail.text).toContain('Hello Amina <Diallo>,');
    expect(mail.text).toContain(item.url);
    expect(mail.text).toContain(`Stop e-mails about: Mentions of me: ${frame.unsubscribeUrl}`);
    expect(mail.html).toContain('PNR &lt;script&gt;alert(1)&lt;/script&gt; &amp; retention');
    expect(mail.html).toContain('Amina &lt;Diallo&gt;');
    expect(mail.html).toContain('&quot;align&quot;');
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain(`href="${frame.unsubscribeUrl}"`);
  });

  it('carry RFC 8058 one-click unsubscribe headers', () => {
    expect(notificationMail(frame, item).headers).toEqual(unsubscribeHeaders(frame.unsubscribeUrl));
    expect(unsubscribeHeaders('https://x.example/u/1')).toEqual({
      'List-Unsubscribe': '<https://x.example/u/1>',
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
  });

  it('build a digest with a heading per type and a count in the subject', () => {
    const mail = digestMail(
      { ...frame, unsubscribeWhat: 'the digest' },
      [
        { heading: 'Mentions of me', items: [item] },
        { heading: 'Replies to me', items: [{ ...item, excerpt: undefined }] },
      ],
      2,
      'https://portal.example.org/notifications',
    );
    expect(mail.subject).toBe('2 notifications you missed');
    expect(mail.text.indexOf('Mentions of me')).toBeLessThan(mail.text.indexOf('Replies to me'));
    expect(mail.html).toContain('<h2 style="font-size:16px">Replies to me</h2>');
    expect(mail.text).toContain('All your notifications: https://portal.example.org/notifications');
  });
});
