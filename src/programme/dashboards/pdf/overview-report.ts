import type { PdfFonts } from '../../../piu/hits/pdf/pdf-fonts';
import type { WorldMapModel } from '../map/world-map';
import type { ProgrammeOverview } from '../programme-overview.service';
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
  return pdf.end(t('programme.report.footer', { at: when }));
}
