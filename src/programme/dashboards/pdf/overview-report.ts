import type { PdfFonts } from '../../../piu/hits/pdf/pdf-fonts';
import type { WorldMapModel } from '../map/world-map';
import type { ProgrammeOverview } from '../programme-overview.service';
import { workView } from '../programme-work-view';
import { startReport, type ReportContext } from './report-context';

/**
 * The programme overview for donors: what the dashboard shows its reader (a partner's copy
 * without what is one State's business), on paper.
 */
export function writeOverviewReport(
  fonts: PdfFonts,
  overview: ProgrammeOverview,
  map: WorldMapModel,
  context: ReportContext,
): PDFKit.PDFDocument {
  const { pdf, t, number, when } = startReport(fonts, context, 'programme.report.overviewTitle');
  pdf.paragraph(
    t('programme.report.filter', {
      region: overview.region ?? t('programme.filter.anyRegion'),
      pillar: overview.pillar?.name ?? t('programme.filter.anyPillar'),
    }),
    { size: 9, muted: true },
  );
  if (overview.disclosure === 'aggregate')
    pdf.paragraph(t('programme.report.aggregate'), { size: 9, muted: true });

  const inProgramme = overview.shown.filter((state) => state.status !== null).length;
  pdf.heading(t('programme.states.title'));
  pdf.paragraph(t('programme.states.summary', { inProgramme, total: overview.shown.length }));
  pdf.table(
    [
      { header: t('programme.states.status'), width: 0.7 },
      { header: t('programme.states.count'), width: 0.3, align: 'right' },
    ],
    overview.byStatus.map(({ status, count }) => [t(`status.${status ?? 'none'}`), number(count)]),
  );

  const work = workView(overview, context.locale);
  const percent = (share: number | null) =>
    share === null ? t('programme.none') : t('programme.percent', { share });
  pdf.heading(t('programme.roadmaps.title'));
  if (work.statesWithRoadmap === 0) pdf.paragraph(t('programme.roadmaps.none'));
  else {
    pdf.paragraph(
      `${t('programme.roadmaps.headline', {
        states: work.statesWithRoadmap,
        steps: work.headline.steps,
        done: work.headline.done,
      })} ${percent(work.headline.share)}`,
    );
    pdf.bars(
      work.pillars.map((pillar) => ({
        label: pillar.name,
        share: pillar.share,
        text: t('programme.report.pillarLine', {
          percent: percent(pillar.share),
          steps: pillar.steps,
          overdue: pillar.overdue,
          blocked: pillar.blocked,
        }),
      })),
    );
  }
  pdf.paragraph(t('programme.overdue.count', { count: work.overdueCount }));
  pdf.paragraph(t('programme.blocked.count', { count: work.blockedCount }));
  pdf.paragraph(
    t('programme.engagements.count', {
      count: work.engagementCount,
      states: work.engagementStates,
    }),
  );
  if (work.overdue.length) {
    pdf.heading(t('programme.overdue.title'));
    pdf.table(
      [
        { header: t('programme.map.states'), width: 0.22 },
        { header: t('programme.csv.step'), width: 0.43 },
        { header: t('programme.csv.pillar'), width: 0.15 },
        { header: t('programme.csv.due'), width: 0.2 },
      ],
      work.overdue.map((step) => [step.state, step.title, step.pillar, step.due]),
    );
  }
  if (work.blocked.length) {
    pdf.heading(t('programme.blocked.title'));
    pdf.table(
      [
        { header: t('programme.map.states'), width: 0.22 },
        { header: t('programme.csv.step'), width: 0.38 },
        { header: t('programme.csv.blockedReason'), width: 0.4 },
      ],
      work.blocked.map((step) => [step.state, step.title, step.reason]),
    );
  }
  if (work.engagements.length) {
    pdf.heading(t('programme.engagements.title'));
    pdf.table(
      [
        { header: t('programme.map.states'), width: 0.22 },
        { header: t('programme.report.expert'), width: 0.25 },
        { header: t('programme.report.topic'), width: 0.35 },
        { header: t('programme.report.until'), width: 0.18 },
      ],
      work.engagements.map((engagement) => [
        engagement.state,
        engagement.expert,
        engagement.topic,
        engagement.until,
      ]),
    );
  }

  pdf.heading(t('programme.map.title'));
  pdf.worldMap(
    map,
    map.legend.map((entry) => ({
      label: t('programme.map.legendEntry', { label: t(entry.labelKey), count: entry.count }),
      fill: entry.fill,
    })),
  );
  pdf.paragraph(t('programme.map.disclaimer'), { size: 7, muted: true });

  // Regions across, statuses down: region names are short, status names would not fit.
  pdf.heading(t('programme.states.regionsCaption'));
  const regionShare = 0.7 / overview.regions.length;
  pdf.table(
    [
      { header: t('programme.states.status'), width: 0.3 },
      ...overview.regions.map((row) => ({
        header: row.region,
        width: regionShare,
        align: 'right' as const,
      })),
    ],
    [
      ...overview.statuses.map((status, i) => [
        t(`status.${status}`),
        ...overview.regions.map((row) => number(row.counts[i])),
      ]),
      [
        t('programme.states.inProgramme'),
        ...overview.regions.map((row) => number(row.inProgramme)),
      ],
      [t('programme.states.total'), ...overview.regions.map((row) => number(row.total))],
    ],
  );

  if (work.states.length) {
    // Staff's copy: each State's figures.
    pdf.heading(t('programme.stateFigures.title'));
    pdf.table(
      [
        { header: t('programme.map.states'), width: 0.34 },
        { header: t('programme.states.status'), width: 0.18 },
        { header: t('programme.roadmaps.progress'), width: 0.12, align: 'right' },
        { header: t('programme.roadmaps.overdue'), width: 0.12, align: 'right' },
        { header: t('programme.roadmaps.blocked'), width: 0.12, align: 'right' },
        { header: t('programme.report.experts'), width: 0.12, align: 'right' },
      ],
      work.states.map((state) => [
        state.name,
        t(state.statusKey),
        state.progress ? percent(state.progress.share) : t('programme.none'),
        state.progress ? number(state.progress.overdue) : '',
        state.progress ? number(state.progress.blocked) : '',
        number(state.engagements),
      ]),
    );
  } else {
    pdf.heading(t('programme.map.tableCaption'));
    pdf.table(
      [
        { header: t('programme.map.states'), width: 0.5 },
        { header: t('programme.states.region'), width: 0.25 },
        { header: t('programme.states.status'), width: 0.25 },
      ],
      overview.shown
        .filter((state) => state.status !== null)
        .map((state) => [state.name, state.region ?? '', t(`status.${state.status}`)]),
    );
  }
  return pdf.end(t('programme.report.footer', { at: when }));
}
