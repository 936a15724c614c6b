import { Module } from '@nestjs/common';
import { AccountRecoveryService } from '../auth/recovery/account-recovery.service';
import { PiuAnalystsController } from './piu-analysts.controller';
import { PiuAnalystsService } from './piu-analysts.service';

/** `/piu-analysts`: a State focal point's recovery of their own State's PIU analysts. */
@Module({
  controllers: [PiuAnalystsController],
  providers: [PiuAnalystsService, AccountRecoveryService],
})
export class PiuAnalystsModule {}
