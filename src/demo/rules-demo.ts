import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService, auditActor } from '../audit/audit.service';
import { SYSTEM_ACTOR } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { Organisation } from '../organisations/organisation.entity';
import { ScreeningRule } from '../piu/rules/screening-rule.entity';
import { ScreeningRuleVersion } from '../piu/rules/screening-rule-version.entity';
import { compileRules } from '../screening/rules/rule-loader';
import { User } from '../users/user.entity';

const ANALYST = 'analyst.kenya@demo.example.org';
const STATE = 'KEN';
const DAY = 86_400_000;

interface DemoVersion {
  daysAgo: number;
  severity: string;
  description: string;
  criteria: unknown;
}

interface DemoRule {
  name: string;
  /** On at its last version, or a draft. */
  on: boolean;
  versions: DemoVersion[];
}

const RULES: DemoRule[] = [
  {
    name: 'Cash, booked late, one way',
    on: true,
    versions: [
      {
        daysAgo: 21,
        severity: 'medium',
        description:
          'A one-way ticket paid in cash within two days of departure: a pattern the PIU reviews by hand.',
        criteria: {
          all: [
            { field: 'booking.paymentType', op: '=', value: 'CA' },
            { field: 'booking.daysToDeparture', op: '<=', value: 2 },
            { field: 'journey.oneWay', op: '=', value: true },
          ],
        },
      },
      {
        daysAgo: 6,
        severity: 'high',
        description:
          'A one-way ticket paid in cash within three days of departure, not by crew: a pattern the PIU reviews by hand.',
        criteria: {
          all: [
            { field: 'booking.paymentType', op: '=', value: 'CA' },
            { field: 'booking.daysToDeparture', op: '<=', value: 3 },
            { field: 'journey.oneWay', op: '=', value: true },
            { not: { field: 'traveller.type', op: 'in', value: ['crew', 'in-transit-crew'] } },
          ],
        },
      },
    ],
  },
  {
    name: 'Minor travelling alone',
    on: false,
    versions: [
      {
        daysAgo: 2,
        severity: 'medium',
        description:
          'A traveller under 16 booked alone: a possible child-protection case, for the duty officer.',
        criteria: {
          all: [
            { field: 'traveller.ageAtDeparture', op: '<', value: 16 },
            { field: 'booking.travellerCount', op: '=', value: 1 },
          ],
        },
      },
    ],
  },
];

/**
 * Two targeting rules of the demo State's PIU, written as its analyst wrote them: one on, at
 * its second version (the first was on for two weeks), one draft. They were never tried in the
 * portal (there were no stored messages), so no trial is made up. Idempotent by name.
 */
export async function seedDemoRules(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const analyst = await dataSource.getRepository(User).findOneBy({ email: ANALYST });
  if (!analyst) return;
  const state = await dataSource.getRepository(Organisation).findOneByOrFail({ code: STATE });
  const audit = app.get(AuditService);
  const who = auditActor(SYSTEM_ACTOR, analyst);
  let added = 0;
  for (const demo of RULES) {
    const exists = await dataSource
      .getRepository(ScreeningRule)
      .existsBy({ stateId: state.id, name: demo.name });
    if (exists) continue;
    // The engine's own loader checks each version, as the form would have.
    for (const { severity, description, criteria } of demo.versions) {
      compileRules([{ id: 'demo', name: demo.name, severity, description, criteria }]);
    }
    const last = demo.versions[demo.versions.length - 1];
    const at = (daysAgo: number) => new Date(Date.now() - daysAgo * DAY);
    await dataSource.transaction(async (manager) => {
      const rule = await manager.getRepository(ScreeningRule).save(
        manager.getRepository(ScreeningRule).create({
          stateId: state.id,
          name: demo.name,
          description: last.description,
          severity: last.severity,
          criteria: JSON.stringify(last.criteria),
          status: demo.on ? 'on' : 'draft',
          currentVersion: demo.versions.length,
          activeVersion: demo.on ? demo.versions.length : null,
          createdById: analyst.id,
          updatedById: analyst.id,
          createdAt: at(demo.versions[0].daysAgo),
          updatedAt: at(last.daysAgo - (demo.on ? 1 : 0)),
        }),
      );
      for (const [i, version] of demo.versions.entries()) {
        await manager.getRepository(ScreeningRuleVersion).insert({
          ruleId: rule.id,
          number: i + 1,
          name: demo.name,
          description: version.description,
          severity: version.severity,
          criteria: JSON.stringify(version.criteria),
          savedById: analyst.id,
          savedAt: at(version.daysAgo),
        });
      }
      await audit.record(
        who,
        {
          action: 'screening.rule-created',
          targetType: 'screening-rule',
          targetId: rule.id,
          details: { name: demo.name, via: 'seed:demo' },
        },
        manager,
      );
    });
    added += 1;
  }
  io.stdout.write(`Targeting rules of ${STATE}: ${added} added\n`);
}
