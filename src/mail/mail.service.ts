import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.constants';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative to `text` (escaped by whoever builds it). */
  html?: string;
  /** Extra headers, e.g. `List-Unsubscribe`. */
  headers?: Record<string, string>;
}

/**
 * E-mail through SMTP_URL. Without it the portal still works: every link is also shown to the
 * person who issued it, and `send` reports that nothing went out.
 */
@Injectable()
export class MailService implements OnModuleDestroy {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.transport = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
  }

  get enabled(): boolean {
    return this.transport !== null;
  }

  /** True when the server accepted the message; failures are logged, never thrown at the user. */
  async send(mail: OutgoingMail): Promise<boolean> {
    if (!this.transport) return false;
    try {
      await this.transport.sendMail({ from: this.config.mail.from, ...mail });
      return true;
    } catch (error) {
      this.logger.warn({ err: error, subject: mail.subject }, 'e-mail not sent');
      return false;
    }
  }

  /**
   * Sends or throws: for callers that retry (a job), where "not sent" must not look like
   * success. Without SMTP_URL there is nothing to send through, and it throws too.
   */
  async deliver(mail: OutgoingMail): Promise<void> {
    if (!this.transport) throw new Error('no SMTP_URL: e-mail is off');
    await this.transport.sendMail({ from: this.config.mail.from, ...mail });
  }

  onModuleDestroy(): void {
    this.transport?.close();
  }
}
