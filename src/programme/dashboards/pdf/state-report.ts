import type { PdfFonts } from '../../../piu/hits/pdf/pdf-fonts';
import type { PillarSummary } from '../../../organisations/reference-data.cache';
import { isOverdue } from '../../roadmaps/roadmap-progress';
import type { ProgrammeProgress, StepSummary } from '../../roadmaps/roadmap-steps';
import type { StepStatus } from '../../roadmaps/step-status';
import { startReport, type ReportContext } from './report-context';
import type { ReportPdf } from './report-pdf';

/** The State a roadmap report is about, as its record says. */
export interface ReportedState {
  code: string;
  name: string;
  unRegion: string | null;
  unSubregion: string | null;
  iwgRegion: string | null;
  status: string | null;
  /** Where its passenger-data system stands (a `deployment.` key's last part). */
  deployment: string;
  maritime: boolean;
  /** Names; empty for a reader the State's people are not shown to. */
  focalPoints: readonly string[];
  keyDates: readonly { label: string; occursOn: string }[];
  history: readonly { effectiveOn: string; from: string; to: string; recordedBy: string | null }[];
  /** Staff's note: only in a staff reader's copy (null otherwise). */
  contextNote: string | null;
}

/** The State's roadmap as its module gives it. */
export interface ReportedRoadmap {
  progress: ProgrammeProgress;
  steps: readonly (StepSummary & { ownerName: string | null })[];
  pillars: readonly PillarSummary[];
}

/** Bars of the timeline by status: done dark green, blocked red, dropped pale. */
const STEP_FILLS: Record<StepStatus, string> = {
  'not-started': '#9aa3ad',
  'in-progress': '#3b528b',
  done: '#2b7a3d',
  blocked: '#b3261e',
  dropped: '#e2e5e9',
};

/** One State's roadmap for donors: the State, its progress, the timeline and every step. */
export function writeStateReport(
  fonts: PdfFonts,
  state: ReportedState,
  roadmap: ReportedRoadmap,
  context: ReportContext,
): PDFKit.PDFDocument {
  const { pdf, t, when } = startReport(fonts, context, 'programme.report.stateTitle', {
    name: state.name,
    code: state.code,
  });
  pdf.heading(t('programme.report.state'));
  pdf.table(
    [
      { header: t('programme.report.field'), width: 0.35 },
      { header: t('programme.report.value'), width: 0.65 },
    ],
    [
      [
        t('programme.states.region'),
        [state.unRegion, state.unSubregion].filter(Boolean).join(' · '),
      ],
      [t('programme.report.iwgRegion'), state.iwgRegion ?? t('programme.none')],
      [t('programme.states.status'), t(`status.${state.status ?? 'none'}`)],
      [t('states.record.deployment'), t(`deployment.${state.deployment}`)],
      [
        t('states.record.maritime'),
        t(state.maritime ? 'programme.report.maritimeYes' : 'programme.report.maritimeNo'),
      ],
      ...(state.focalPoints.length
        ? [[t('programme.report.focalPoints'), state.focalPoints.join(', ')]]
        : []),
    ],
  );
  if (state.keyDates.length) {
    pdf.heading(t('states.record.keyDates'));
    pdf.table(
      [
        { header: t('programme.report.date'), width: 0.25 },
        { header: t('programme.report.what'), width: 0.75 },
      ],
      state.keyDates.map((date) => [date.occursOn, date.label]),
    );
  }
  if (state.history.length) {
    pdf.heading(t('states.record.history'));
    pdf.table(
      [
        { header: t('programme.report.date'), width: 0.2 },
        { header: t('programme.report.change'), width: 0.5 },
        { header: t('programme.report.recordedBy'), width: 0.3 },
      ],
      state.history.map((change) => [
        change.effectiveOn,
        t('programme.report.statusChange', {
          from: t(`status.${change.from}`),
          to: t(`status.${change.to}`),
        }),
        change.recordedBy ?? '',
      ]),
    );
  }
  if (state.contextNote) {
    pdf.heading(t('states.record.contextNote'));
    pdf.paragraph(state.contextNote);
  }
  writeRoadmap(pdf, t, roadmap);
  return pdf.end(t('programme.report.footer', { at: when }));
}

function writeRoadmap(
  pdf: ReportPdf,
  t: (key: string, params?: Record<string, unknown>) => string,
  roadmap: ReportedRoadmap,
): void {
  const { progress, steps } = roadmap;
  const pillarName = new Map(roadmap.pillars.map((pillar) => [pillar.code, pillar.name]));
  const percent = (value: number | null) =>
    value === null ? t('programme.none') : t('programme.percent', { share: value / 100 });
  pdf.heading(t('programme.report.progress'));
  if (steps.length === 0) {
    pdf.paragraph(t('programme.report.noRoadmap'));
    return;
  }
  pdf.paragraph(
    `${t('programme.report.stepsOf', {
      steps: progress.overall.steps,
      done: progress.overall.byStatus.done,
    })} ${percent(progress.overall.percent)}`,
  );
  pdf.bars(
    progress.pillars.map((pillar) => ({
      label: pillarName.get(pillar.pillar) ?? pillar.pillar,
      share: pillar.share,
      text: t('programme.report.pillarLine', {
        percent: percent(pillar.percent),
        steps: pillar.steps,
        overdue: pillar.overdue,
        blocked: pillar.blocked,
      }),
    })),
  );
  pdf.heading(t('programme.report.timeline'));
  pdf.timeline(
    steps.map((step) => ({
      label: step.title,
      start: step.startOn,
      end: step.dueOn,
      fill: STEP_FILLS[step.status],
      late: isOverdue(step, progress.today),
    })),
    progress.today,
    t('programme.report.today'),
  );
  pdf.heading(t('programme.report.steps'));
  pdf.table(
    [
      { header: t('programme.csv.pillar'), width: 0.15 },
      { header: t('programme.csv.step'), width: 0.33 },
      { header: t('programme.csv.stepStatus'), width: 0.2 },
      { header: t('programme.csv.owner'), width: 0.14 },
      { header: t('programme.csv.due'), width: 0.18 },
    ],
    steps.map((step) => [
      pillarName.get(step.pillar) ?? step.pillar,
      step.title,
      [
        t(`roadmaps.status.${step.status}`),
        isOverdue(step, progress.today) ? t('roadmaps.overdue') : '',
        step.blockedReason ? t('programme.blocked.reason', { reason: step.blockedReason }) : '',
      ]
        .filter(Boolean)
        .join(' · '),
      step.ownerName ?? t('roadmaps.theState'),
      `${step.startOn} → ${step.dueOn}`,
    ]),
  );
}
