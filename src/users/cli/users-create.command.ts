import { auditActor } from '../../audit/audit.service';
import { parseArgs } from 'node:util';
import { SYSTEM_ACTOR } from '../../common/actor/actor';
import type { CliCommand, CliIo } from '../../cli/cli-command';
import { withApplication, readStdin } from '../../cli/cli-application';
import { CliError } from '../../cli/cli-error';
import { AccountFactory, AccountRefused } from '../account-factory';
import { isRole } from '../../common/identity/role';

/** users:create --email E --name N --role R (--state ISO3 | --org CODE); password on stdin. */
export class UsersCreateCommand implements CliCommand {
  async run(args: string[], io: CliIo): Promise<number> {
    const { values } = parseArgs({
      args,
      options: {
        email: { type: 'string' },
        name: { type: 'string' },
        role: { type: 'string' },
        state: { type: 'string' },
        org: { type: 'string' },
      },
    });
    const { email, name, role } = values;
    if (!email || !name || !role) throw new CliError('--email, --name and --role are required');
    if (!isRole(role)) throw new CliError(`unknown role "${role}"`);
    if (Boolean(values.state) === Boolean(values.org))
      throw new CliError('give exactly one of --state ISO3 or --org CODE');
    const password = await readStdin(io.stdin);
    if (!password) throw new CliError('the password is read from standard input: none was given');
    return withApplication(async (app) => {
      try {
        const user = await app
          .get(AccountFactory)
          .create(
            { email, name, role, organisationCode: (values.state ?? values.org)!, password },
            auditActor(SYSTEM_ACTOR, { id: null, email: 'cli' }),
          );
        io.stdout.write(`created user ${user.id} ${user.email} (${user.role})\n`);
        return 0;
      } catch (error) {
        if (error instanceof AccountRefused) throw new CliError(error.message);
        throw error;
      }
    });
  }
}
