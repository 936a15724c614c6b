import { ForbiddenException, Injectable, NotFoundException, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { userOf, type Actor } from '../common/actor/actor';
import { formatDate } from '../common/i18n/intl-format';
import { translate } from '../common/i18n/translator';
import { PdfFonts } from '../piu/hits/pdf/pdf-fonts';
import { writeCertificatePdf } from './certificate-pdf';
import { TrainingAccess } from './training-access';
import { TrainingCertificate } from './training-certificate.entity';
import { runsTraining } from './training-rights';

/** What staff see when they check a code. */
export interface VerifiedCertificate {
  readonly code: string;
  readonly holderName: string;
  readonly holderOrganisation: string;
  readonly courseTitle: string;
  readonly versionNumber: number;
  readonly issuedAt: Date;
}

/** A code as people type it: upper case, the dashes where they belong, nothing else. */
export function normaliseCode(text: string): string | null {
  const letters = text.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z2-9]{20}$/.test(letters)) return null;
  return [0, 5, 10, 15].map((at) => letters.slice(at, at + 5)).join('-');
}

/**
 * Certificates: the holder downloads theirs as a PDF (in their language, the names as issued);
 * staff check a code. Both are audited: a certificate leaving the platform, and every check
 * (found or not: trying codes is worth knowing about).
 */
@Injectable()
export class TrainingCertificatesService {
  private fonts: PdfFonts | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: TrainingAccess,
    private readonly audit: AuditService,
  ) {}

  async pdf(actor: Actor, courseId: number): Promise<StreamableFile> {
    const { enrolment } = await this.access.enrolled(actor, courseId);
    const certificate = await this.dataSource
      .getRepository(TrainingCertificate)
      .findOneBy({ enrolmentId: enrolment.id });
    if (!certificate) throw new NotFoundException();
    const t = (key: string, params?: Record<string, unknown>) =>
      translate(actor.locale, key, params);
    this.fonts ??= PdfFonts.load();
    const doc = writeCertificatePdf(
      {
        title: t('training.certificate.title'),
        heading: t('training.certificate.heading'),
        certifies: t('training.certificate.certifies'),
        holder: certificate.holderName,
        organisation: certificate.holderOrganisation,
        completed: t('training.certificate.completed'),
        course: certificate.courseTitle,
        version: t('training.certificate.version', { number: certificate.versionNumber }),
        date: t('training.certificate.date', {
          date: formatDate(certificate.issuedAt, actor.locale, actor.timeZone, 'date'),
        }),
        issuer: t('training.certificate.issuer'),
        verify: t('training.certificate.verify'),
        code: certificate.code,
      },
      this.fonts,
    );
    await this.audit.record(actor, {
      action: 'training.certificate-downloaded',
      targetType: 'training-certificate',
      targetId: certificate.id,
      details: { code: certificate.code },
    });
    return new StreamableFile(doc, {
      type: 'application/pdf',
      disposition: `attachment; filename="certificate-${certificate.code}.pdf"`,
    });
  }

  /** The certificate of a code, for staff; null when there is none (the page says so, 404). */
  async verify(actor: Actor, code: string): Promise<VerifiedCertificate | null> {
    if (!runsTraining(userOf(actor))) throw new ForbiddenException();
    const normalised = normaliseCode(code);
    const found = normalised
      ? await this.dataSource.getRepository(TrainingCertificate).findOneBy({ code: normalised })
      : null;
    await this.audit.record(actor, {
      action: found ? 'training.certificate-verified' : 'training.certificate-unknown',
      targetType: 'training-certificate',
      targetId: found ? found.id : code.slice(0, 64),
      details: { code: code.slice(0, 64) },
    });
    return found;
  }
}
