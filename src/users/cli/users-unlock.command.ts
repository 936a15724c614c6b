import { parseArgs } from 'node:util';
import { AuditService, auditActor } from '../../audit/audit.service';
import { SYSTEM_ACTOR } from '../../common/actor/actor';
import { SignInService } from '../../auth/login/sign-in.service';
import type { CliCommand, CliIo } from '../../cli/cli-command';
import { withApplication } from '../../cli/cli-application';
import { CliError } from '../../cli/cli-error';
import { UsersService } from '../users.service';

/** users:unlock --email E: ends a lockout early (audited as account.unlocked). */
export class UsersUnlockCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({ args, options: { email: { type: 'string' } } });
    if (!values.email) throw new CliError('--email is required');
    const email = values.email;
    return withApplication(async (app) => {
      const user = await app.get(UsersService).findByEmail(email);
      if (!user) throw new CliError(`no account for ${email}`);
      await app.get(SignInService).unlock(user.id);
      await app.get(AuditService).record(auditActor(SYSTEM_ACTOR, { id: null, email: 'cli' }), {
        action: 'account.unlocked',
        targetType: 'user',
        targetId: user.id,
      });
      io.stdout.write(`unlocked ${user.email}\n`);
      return 0;
    });
  }
}
