import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor, type Actor } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { ProgrammeStatusChange } from '../member-states/record/programme-status-change.entity';
import { ProgrammeStatusService } from '../member-states/record/programme-status.service';
import { StateKeyDate } from '../member-states/record/state-key-date.entity';
import type { DeploymentStatus } from '../member-states/record/state-record.entity';
import { StateRecord } from '../member-states/record/state-record.entity';
import { StateRecordService } from '../member-states/record/state-record.service';
import type { ProgrammeStatus } from '../organisations/organisation.entity';
import { Organisation } from '../organisations/organisation.entity';
import { AssessmentAnswer } from '../programme/assessments/assessment-answer.entity';
import { Assessment } from '../programme/assessments/assessment.entity';
import { AssessmentsService } from '../programme/assessments/assessments.service';
import { AssessmentIndicator } from '../programme/assessments/indicator.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

const STAFF = 'staff@demo.example.org';
const FOCAL_KENYA = 'focal.kenya@demo.example.org';

interface DemoRecord {
  code: string;
  history: [ProgrammeStatus, string, string?][];
  deployment: DeploymentStatus;
  maritime: boolean;
  note: string;
  keyDates: [string, string][];
}

/** Where each demo State stands and how it got there: the State pages' records. */
export const DEMO_RECORDS: DemoRecord[] = [
  {
    code: 'KEN',
    history: [
      ['interested', '2023-02-14', 'Request from the Ministry of Interior'],
      ['joined', '2023-06-01', 'Memorandum of understanding signed'],
      ['assessed', '2024-03-20', 'Baseline assessment finalised'],
      ['implementing', '2024-09-01'],
    ],
    deployment: 'live-api',
    maritime: true,
    note: 'Strong ownership at the Directorate of Immigration. The PNR regulation waits for the data-protection commissioner’s opinion; elections may slow it down.',
    keyDates: [
      ['Assessment mission in Nairobi', '2024-02-12'],
      ['API regulation in force', '2025-01-15'],
      ['Passenger-data system live for API', '2025-04-01'],
      ['Follow-up assessment mission', '2026-05-11'],
    ],
  },
  {
    code: 'UGA',
    history: [
      ['interested', '2023-09-10'],
      ['joined', '2024-01-15', 'Letter of commitment received'],
      ['assessed', '2025-02-28'],
    ],
    deployment: 'planned',
    maritime: false,
    note: 'Landlocked: the maritime component does not apply. Carrier engagement starts with the two national carriers.',
    keyDates: [['Assessment mission in Kampala', '2025-02-03']],
  },
  {
    code: 'TZA',
    history: [
      ['interested', '2024-04-02'],
      ['joined', '2024-11-05'],
    ],
    deployment: 'none',
    maritime: true,
    note: 'Dar es Salaam and Zanzibar ports: maritime data matters as much as air.',
    keyDates: [['Assessment mission planned', '2026-06-08']],
  },
  {
    code: 'ETH',
    history: [
      ['interested', '2024-06-20'],
      ['joined', '2025-01-30'],
    ],
    deployment: 'installed',
    maritime: false,
    note: 'A system was installed by a bilateral donor in 2022 but never connected to carriers.',
    keyDates: [],
  },
  {
    code: 'RWA',
    history: [['interested', '2025-05-12', 'Raised at the IWG meeting in Kigali']],
    deployment: 'none',
    maritime: false,
    note: '',
    keyDates: [],
  },
];

/** A level per indicator, by pillar position (deterministic, believable): baseline and follow-up. */
const BASELINE: Record<string, number[]> = {
  legislative: [1, 1, 2, 1, 0, 1],
  piu: [2, 1, 1, 0, 1, 0],
  'carrier-engagement': [2, 1, 1, 2, 0, 0],
  technology: [1, 1, 0, 2, 1, 0],
  maritime: [0, 1, 0, 0, 0],
};

const FINDINGS = [
  'Nothing is in place yet; the authorities know it is needed.',
  'Work has started: drafts exist, but nothing is adopted or in use.',
  'Partly in place: the basics exist, with gaps the mission noted.',
  'In place, though not yet applied everywhere or reviewed.',
  'Fully in place, applied and reviewed regularly.',
];

const RECOMMENDATIONS = [
  'Agree with the lead ministry who takes this on, and plan the first steps with the programme.',
  'Complete and adopt what has been drafted, with the programme’s legal and technical advice.',
  'Close the gaps noted by the mission, and train the staff concerned.',
];

/**
 * The demo States' records (status history through the same service staff use, deployment,
 * maritime, note, key dates) and assessments: Kenya and Uganda each get a finalised baseline,
 * Kenya also a follow-up in draft. Idempotent: a State that already has a recorded history,
 * a record, key dates or assessments keeps them.
 */
export async function seedStatesDemo(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const staffRow = await dataSource.getRepository(User).findOneBy({ email: STAFF });
  if (!staffRow) return;
  const staff = actorFor((await app.get(UsersService).findAuthenticated(staffRow.id))!);
  const statuses = app.get(ProgrammeStatusService);
  const records = app.get(StateRecordService);
  let changed = 0;
  for (const demo of DEMO_RECORDS) {
    const state = await dataSource.getRepository(Organisation).findOneByOrFail({ code: demo.code });
    const recorded = await dataSource
      .getRepository(ProgrammeStatusChange)
      .countBy({ stateId: state.id });
    if (recorded === 0) {
      // A demo run before the history existed set the status directly: start from none.
      if (state.programmeStatus !== null)
        await dataSource
          .getRepository(Organisation)
          .update({ id: state.id }, { programmeStatus: null });
      for (const [status, effectiveOn, note] of demo.history) {
        await statuses.change(staff, demo.code, { status, effectiveOn, note });
        changed++;
      }
    }
    if (!(await dataSource.getRepository(StateRecord).existsBy({ stateId: state.id }))) {
      await records.updateRecord(staff, demo.code, {
        deploymentStatus: demo.deployment,
        maritimeApplies: demo.maritime ? 'on' : undefined,
        contextNote: demo.note,
      });
    }
    if (!(await dataSource.getRepository(StateKeyDate).existsBy({ stateId: state.id }))) {
      for (const [label, occursOn] of demo.keyDates)
        await records.addKeyDate(staff, demo.code, { label, occursOn });
    }
  }
  const assessed = await seedAssessments(app, staff);
  io.stdout.write(`\nMember States: ${changed} status changes, ${assessed} assessments added\n`);
}

async function seedAssessments(app: INestApplicationContext, staff: Actor): Promise<number> {
  const dataSource = app.get(DataSource);
  const assessments = app.get(AssessmentsService);
  let added = 0;
  for (const code of ['KEN', 'UGA']) {
    const state = await dataSource.getRepository(Organisation).findOneByOrFail({ code });
    if (await dataSource.getRepository(Assessment).existsBy({ stateId: state.id })) continue;
    const baseline = await assessments.create(staff, {
      state: code,
      title: code === 'KEN' ? 'Baseline assessment 2024' : 'Baseline assessment 2025',
      fieldworkFrom: code === 'KEN' ? '2024-02-12' : '2025-02-03',
      fieldworkTo: code === 'KEN' ? '2024-02-16' : '2025-02-07',
    });
    await answerAll(app, staff, baseline.id, 0);
    await assessments.submit(staff, baseline.id);
    await assessments.finalise(staff, baseline.id);
    added++;
    if (code !== 'KEN') continue;
    const followUp = await assessments.create(staff, {
      state: code,
      title: 'Follow-up assessment 2026',
      fieldworkFrom: '2026-05-11',
      fieldworkTo: '2026-05-15',
    });
    // Half-way through: the legislative and PIU pillars answered, a level or two higher.
    await answerAll(app, staff, followUp.id, 1, ['legislative', 'piu']);
    const focalRow = await dataSource.getRepository(User).findOneBy({ email: FOCAL_KENYA });
    if (focalRow) {
      await assessments.submit(staff, followUp.id);
      const focal = actorFor((await app.get(UsersService).findAuthenticated(focalRow.id))!);
      await assessments.comment(focal, followUp.id, {
        comment:
          'The PNR regulation was approved by Cabinet last week; please reflect it in LEG-2.',
      });
      await assessments.reopen(staff, followUp.id);
    }
    added++;
  }
  return added;
}

/** Answers an assessment's indicators (of some pillars) at the baseline level plus `gain`. */
async function answerAll(
  app: INestApplicationContext,
  staff: Actor,
  assessmentId: number,
  gain: number,
  pillars?: string[],
): Promise<void> {
  const dataSource = app.get(DataSource);
  const assessments = app.get(AssessmentsService);
  const answers = await dataSource
    .getRepository(AssessmentAnswer)
    .find({ where: { assessmentId }, relations: { indicator: true } });
  const all = await dataSource
    .getRepository(AssessmentIndicator)
    .find({ order: { position: 'ASC', id: 'ASC' } });
  for (const answer of answers) {
    const { pillar } = answer.indicator;
    if (pillars && !pillars.includes(pillar)) continue;
    const index = all
      .filter((one) => one.pillar === pillar)
      .findIndex((one) => one.id === answer.indicatorId);
    const level = Math.min(
      4,
      (BASELINE[pillar]?.[index] ?? 1) + gain + (index % 2 === 0 ? gain : 0),
    );
    await assessments.answer(staff, assessmentId, answer.indicatorId, {
      level: String(level),
      evidence: 'Interviews with the ministries concerned; documents shared before the mission.',
      findings: FINDINGS[level],
      recommendations: level < 3 ? RECOMMENDATIONS[level] : '',
    });
  }
}
