import type { PdfFonts } from '../../../piu/hits/pdf/pdf-fonts';
import { startReport, type ReportContext } from './report-context';

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

/** One State's roadmap for donors: the State, its progress, the timeline and every step. */
export function writeStateReport(
  fonts: PdfFonts,
  state: ReportedState,
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
  return pdf.end(t('programme.report.footer', { at: when }));
}
