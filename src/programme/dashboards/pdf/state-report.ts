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
    ],
  );
  return pdf.end(t('programme.report.footer', { at: when }));
}
