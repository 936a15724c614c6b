import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { UsersModule } from '../users/users.module';
import { PiuAnalystsController } from './piu-analysts.controller';
import { PiuAnalystsService } from './piu-analysts.service';

/** `/piu-analysts`: a State focal point's recovery of their own State's PIU analysts. */
@Module({
  controllers: [PiuAnalystsController],
  imports: [AuthModule, UsersModule],
  providers: [PiuAnalystsService],
})
export class PiuAnalystsModule {}
