import { connect } from 'node:net';
import { createTransport, type Transporter } from 'nodemailer';
import { SmtpSink } from './smtp-sink';

describe('SmtpSink', () => {
  let sink: SmtpSink;
  let transport: Transporter;

  beforeEach(async () => {
    sink = await SmtpSink.start();
    transport = createTransport(sink.url);
  });

  afterEach(async () => {
    transport.close();
    await sink.stop();
  });

  const send = (to: string, subject: string, extra: Record<string, string> = {}) =>
    transport.sendMail({
      from: 'CTTP Platform <no-reply@cttp.test>',
      to,
      subject,
      text: subject,
      ...extra,
    });

  it('listens on loopback and receives what nodemailer sends, parsed', async () => {
    expect(sink.url).toMatch(/^smtp:\/\/127\.0\.0\.1:\d+$/);
    await transport.sendMail({
      from: 'CTTP Platform <no-reply@cttp.test>',
      to: 'Amina Diallo <Amina.Diallo@interieur.gouv.sn>',
      subject: 'Invitation à la plateforme – CTTP',
      text: 'Accept your invitation: https://portal.test/invitations/abc123?x=1\nThe link expires in 7 days.',
      html: '<p><a href="https://portal.test/invitations/abc123?x=1&amp;y=2">Accept</a></p>',
    });
    const mail = await sink.nextMessage();
    expect(mail).toMatchObject({
      envelopeFrom: 'no-reply@cttp.test',
      envelopeTo: ['amina.diallo@interieur.gouv.sn'],
      from: 'no-reply@cttp.test',
      to: ['amina.diallo@interieur.gouv.sn'],
      subject: 'Invitation à la plateforme – CTTP',
      authenticatedAs: null,
    });
    expect(mail.text).toContain('The link expires in 7 days.');
    expect(mail.html).toContain('<a href=');
    expect(mail.links).toEqual([
      'https://portal.test/invitations/abc123?x=1',
      'https://portal.test/invitations/abc123?x=1&y=2',
    ]);
    expect(mail.raw).toMatch(/^Content-Type: multipart\/alternative/im);
    expect(sink.messages).toEqual([mail]);
  });

  it('waits for a message that has not arrived yet', async () => {
    const next = sink.nextMessage({ timeoutMs: 5000 });
    await send('later@example.org', 'Arrives after the wait started');
    expect((await next).subject).toBe('Arrives after the wait started');
  });

  it('hands out each message once, oldest first, or the next one to a given address', async () => {
    await send('a@example.org', 'first');
    await send('b@example.org', 'second');
    await send('a@example.org', 'third');
    expect((await sink.nextMessage({ to: 'B@example.org' })).subject).toBe('second');
    expect((await sink.nextMessage()).subject).toBe('first');
    expect((await sink.nextMessage()).subject).toBe('third');
    expect(sink.messages.map((m) => m.subject)).toEqual(['first', 'second', 'third']);
    await expect(sink.nextMessage({ timeoutMs: 50 })).rejects.toThrow(/No e-mail within 50 ms/);
  });

  it('says what did arrive when the wanted message does not', async () => {
    await send('someone@example.org', 'Password reset');
    await expect(sink.nextMessage({ to: 'nobody@example.org', timeoutMs: 100 })).rejects.toThrow(
      'No e-mail to nobody@example.org within 100 ms; received: "Password reset" to someone@example.org',
    );
    // The unmatched message is still there for whoever wants it.
    expect((await sink.nextMessage()).subject).toBe('Password reset');
  });

  it('accepts any credentials and records the user name', async () => {
    const url = new URL(sink.url);
    url.username = 'mailer';
    url.password = 'secret';
    const authenticated = createTransport(url.toString());
    try {
      await authenticated.sendMail({
        from: 'x@cttp.test',
        to: 'y@example.org',
        subject: 's',
        text: 't',
      });
    } finally {
      authenticated.close();
    }
    expect((await sink.nextMessage()).authenticatedAs).toBe('mailer');
  });

  it('forgets messages on clear()', async () => {
    await send('a@example.org', 'old');
    sink.clear();
    expect(sink.messages).toEqual([]);
    await expect(sink.nextMessage({ timeoutMs: 50 })).rejects.toThrow(/received: nothing/);
  });

  it('stops listening on stop()', async () => {
    const port = sink.port;
    transport.close();
    await sink.stop();
    const refused = await new Promise<string>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.on('connect', () => resolve('connected'));
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
    // afterEach stops again: stopping twice must be harmless.
  });
});
