import { formatDate, formatNumber } from '../../../common/i18n/intl-format';
import { translate } from '../../../common/i18n/translator';
import type { PdfFonts } from '../../../piu/hits/pdf/pdf-fonts';
import { ReportPdf } from './report-pdf';

/** Who a report is made for, and when: its texts are in their language and time zone. */
export interface ReportContext {
  readonly locale: string;
  readonly timeZone: string;
  readonly at: Date;
  /** The reader's name, printed under the title. */
  readonly by: string;
}

/** The translate and format functions of a report, bound to its reader. */
export function reportWords(context: ReportContext) {
  return {
    t: (key: string, params?: Record<string, unknown>) => translate(context.locale, key, params),
    number: (value: number) => formatNumber(value, context.locale),
    when: formatDate(context.at, context.locale, context.timeZone, 'dateTime'),
  };
}

/** A report begun: its title, and under it whom it was made for and when. */
export function startReport(
  fonts: PdfFonts,
  context: ReportContext,
  titleKey: string,
  titleParams: Record<string, unknown> = {},
) {
  const words = reportWords(context);
  const title = words.t(titleKey, titleParams);
  const pdf = new ReportPdf(fonts, {
    title,
    author: context.by,
    subject: words.t('programme.report.subject'),
  });
  pdf.title(title);
  pdf.paragraph(words.t('programme.report.madeFor', { name: context.by, at: words.when }), {
    size: 9,
    muted: true,
  });
  return { pdf, ...words };
}
