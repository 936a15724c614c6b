import { Global, Module } from '@nestjs/common';
import { MailService } from './mail.service';

/** Outgoing e-mail (SMTP_URL); global like the audit log, since any feature may write to people. */
@Global()
@Module({
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
