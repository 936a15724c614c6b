import { Module } from '@nestjs/common';
import { PersonalDataAudit } from './work-purpose/personal-data-audit';
import { PurposeGuard } from './work-purpose/purpose.guard';
import { WorkPurposeController } from './work-purpose/work-purpose.controller';

/**
 * The PIU's screening workspace (`/screening`): for the PIU analysts of the State that owns the
 * data, nobody else (SCREENING_AREA answers 404 to every other role). Every read of passenger
 * data goes through PersonalDataAudit with the purpose the analyst declared (work-purpose/).
 * The workspace's landing page is the priority vetting list (vetting/).
 */
@Module({
  controllers: [WorkPurposeController],
  providers: [PurposeGuard, PersonalDataAudit],
  exports: [PersonalDataAudit],
})
export class PiuModule {}
