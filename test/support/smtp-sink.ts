import type { AddressInfo } from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

/** One message as the app sent it, parsed. */
export interface ReceivedMail {
  /** SMTP envelope: MAIL FROM and RCPT TO (who the message was actually delivered to). */
  readonly envelopeFrom: string | null;
  readonly envelopeTo: readonly string[];
  /** Header addresses, lower-cased. */
  readonly from: string | null;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  /** Every http(s) link in the text and the html, in order of first appearance, without duplicates. */
  readonly links: readonly string[];
  /** The user name the client authenticated with, when it did. */
  readonly authenticatedAs: string | null;
  /** The message exactly as received (headers and body). */
  readonly raw: string;
}

interface Waiter {
  readonly matches: (mail: ReceivedMail) => boolean;
  readonly resolve: (mail: ReceivedMail) => void;
}

export interface NextMessageOptions {
  /** Only a message delivered to this address (envelope or header, case-insensitive). */
  readonly to?: string;
  /** How long to wait for it; 5 s by default. */
  readonly timeoutMs?: number;
}

/**
 * A real SMTP server on loopback for e2e tests: the app sends through nodemailer with
 * SMTP_URL=`sink.url`, and the test reads what arrived. Accepts any sender, recipient and
 * credentials; plain text only (STARTTLS is off, so nodemailer does not try to upgrade).
 *
 * Every message is kept in `messages`; `nextMessage()` hands each one out once, in arrival
 * order, so a test can wait for "the invitation" without picking up an earlier e-mail twice.
 */
export class SmtpSink {
  /** Everything received since start (or the last `clear()`). */
  readonly messages: ReceivedMail[] = [];
  private readonly pending: ReceivedMail[] = [];
  private readonly waiters = new Set<Waiter>();

  private readonly server: SMTPServer;
  private address: AddressInfo | undefined;

  private constructor() {
    this.server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS'],
      authOptional: true,
      allowInsecureAuth: true,
      disableReverseLookup: true,
      logger: false,
      // Stop waits this long for open (pooled) client connections before closing them.
      closeTimeout: 200,
      size: 25 * 1024 * 1024,
      onAuth: (auth, _session, callback) => {
        callback(null, { user: auth.username ?? 'anonymous' });
      },
      onData: (stream, session, callback) => {
        this.receive(stream, session).then(
          () => callback(),
          (error: unknown) => callback(error instanceof Error ? error : new Error(String(error))),
        );
      },
    });
  }

  /** Starts listening on a random free loopback port. */
  static async start(): Promise<SmtpSink> {
    const sink = new SmtpSink();
    const server = sink.server;
    sink.address = await new Promise<AddressInfo>((resolve, reject) => {
      server.once('error', reject);
      const listener = server.listen(0, '127.0.0.1', () => {
        server.off('error', reject);
        resolve(listener.address() as AddressInfo);
      });
    });
    // Connection-level errors (a client hanging up mid-dialogue) are not the test's concern.
    server.on('error', () => undefined);
    return sink;
  }

  get host(): string {
    return this.listening().address;
  }

  get port(): number {
    return this.listening().port;
  }

  /** What to put in SMTP_URL. */
  get url(): string {
    return `smtp://${this.host}:${this.port}`;
  }

  /**
   * The oldest message not handed out yet (optionally: delivered to `to`), waiting up to
   * `timeoutMs` for it to arrive. Rejects with the subjects received so far, to make a
   * failing test say what did arrive instead.
   */
  nextMessage(options: NextMessageOptions = {}): Promise<ReceivedMail> {
    const wanted = options.to?.toLowerCase();
    const matches = (mail: ReceivedMail) =>
      wanted === undefined || mail.envelopeTo.includes(wanted) || mail.to.includes(wanted);
    const index = this.pending.findIndex(matches);
    if (index !== -1) return Promise.resolve(this.pending.splice(index, 1)[0]);

    const timeoutMs = options.timeoutMs ?? 5000;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        const seen = this.messages.map((m) => `"${m.subject}" to ${m.envelopeTo.join(', ')}`);
        reject(
          new Error(
            `No e-mail${wanted ? ` to ${wanted}` : ''} within ${timeoutMs} ms; received: ${
              seen.length ? seen.join('; ') : 'nothing'
            }`,
          ),
        );
      }, timeoutMs);
      const waiter: Waiter = {
        matches,
        resolve: (mail) => {
          clearTimeout(timer);
          resolve(mail);
        },
      };
      this.waiters.add(waiter);
    });
  }

  /** Forgets every message received so far. */
  clear(): void {
    this.messages.length = 0;
    this.pending.length = 0;
  }

  /** Stops listening and closes client connections (after at most 200 ms). */
  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private listening(): AddressInfo {
    if (!this.address) throw new Error('SMTP sink is not listening');
    return this.address;
  }

  private async receive(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const parsed = await simpleParser(raw);
    const text = parsed.text ?? '';
    const html = typeof parsed.html === 'string' ? parsed.html : null;
    const mail: ReceivedMail = {
      envelopeFrom: session.envelope.mailFrom
        ? session.envelope.mailFrom.address.toLowerCase()
        : null,
      envelopeTo: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
      from: addressesOf(parsed.from)[0] ?? null,
      to: addressesOf(parsed.to),
      subject: parsed.subject ?? '',
      text,
      html,
      links: linksIn(text, html),
      authenticatedAs: session.user ?? null,
      raw: raw.toString('utf8'),
    };
    this.messages.push(mail);
    for (const waiter of this.waiters) {
      if (waiter.matches(mail)) {
        this.waiters.delete(waiter);
        waiter.resolve(mail);
        return;
      }
    }
    this.pending.push(mail);
  }
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  if (!field) return [];
  const objects = Array.isArray(field) ? field : [field];
  return objects.flatMap((o) =>
    o.value.flatMap((a) => (a.address ? [a.address.toLowerCase()] : [])),
  );
}

function linksIn(text: string, html: string | null): string[] {
  const links = new Set<string>();
  for (const match of text.matchAll(/https?:\/\/[^\s<>"')\]]+/g)) links.add(match[0]);
  if (html) {
    for (const match of html.matchAll(/href="(https?:\/\/[^"]+)"/g)) {
      links.add(match[1].replace(/&amp;/g, '&'));
    }
  }
  return [...links];
}
