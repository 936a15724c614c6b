import { NotFoundException } from '@nestjs/common';
import type { AuditInput, AuditService } from '../../audit/audit.service';
import { SYSTEM_ACTOR, type Actor } from '../actor/actor';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { RowAccess } from './row-access';
import { VisibilityPolicy } from './visibility-policy';

const official: AuthenticatedUser = {
  id: 7,
  email: 'official@example.org',
  name: 'An Official',
  role: 'official',
  organisationId: 10,
  organisationKind: 'state',
  organisationCode: 'XAA',
  organisationName: 'Stateland',
  stateId: 10,
  iwgRegionId: 3,
  assignedStateIds: [],
  guestRegionIds: [],
  twoFactorEnabled: false,
  piuSupervisor: false,
  termsVersion: null,
  timeZone: 'UTC',
  locale: null,
};
const actor: Actor = { ...SYSTEM_ACTOR, user: official, source: '/things/5' };

interface Thing {
  id: number;
  stateId: number;
}

describe('RowAccess', () => {
  let recorded: AuditInput[];
  let access: RowAccess;
  const scope = (row: Thing) => ({ level: 'state', regionId: null, stateId: row.stateId });
  const target = (row: Thing) => ({ type: 'thing', id: row.id });

  beforeEach(() => {
    recorded = [];
    const audit = {
      record: (_who: unknown, input: AuditInput) => {
        recorded.push(input);
        return Promise.resolve();
      },
    };
    access = new RowAccess(new VisibilityPolicy(), audit as unknown as AuditService);
  });

  it('hands back a row the policy lets the actor see, and audits nothing', async () => {
    const own = { id: 5, stateId: 10 };
    await expect(access.visible(actor, own, scope, target)).resolves.toBe(own);
    expect(recorded).toEqual([]);
  });

  it("answers 404 for another State's row and writes access.denied with the path", async () => {
    await expect(
      access.visible(actor, { id: 5, stateId: 11 }, scope, target),
    ).rejects.toBeInstanceOf(NotFoundException);
    expect(recorded).toEqual([
      {
        action: 'access.denied',
        targetType: 'thing',
        targetId: '5',
        details: { path: '/things/5' },
      },
    ]);
  });

  it('answers a plain 404 for a row that does not exist (nothing to deny)', async () => {
    await expect(access.visible(actor, null, scope, target)).rejects.toBeInstanceOf(
      NotFoundException,
    );
    expect(recorded).toEqual([]);
  });

  it('audits every miss of a query already scoped to the actor', async () => {
    await expect(access.scoped(actor, { type: 'thing', id: 'abc' }, null)).rejects.toBeInstanceOf(
      NotFoundException,
    );
    expect(recorded).toHaveLength(1);
    await expect(access.scoped(actor, { type: 'thing', id: 1 }, { id: 1 })).resolves.toEqual({
      id: 1,
    });
  });
});
