import { Module } from '@nestjs/common';
import { FirstAdminService } from './first-admin.service';
import { SetupController } from './setup.controller';
import { SetupService } from './setup.service';

/**
 * The set-up page. FirstAdminService is stateless, so this module has its own instance rather
 * than reaching into the application module that runs it at start-up.
 */
@Module({
  controllers: [SetupController],
  providers: [FirstAdminService, SetupService],
})
export class SetupModule {}
