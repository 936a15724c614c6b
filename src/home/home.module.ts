import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { UsersModule } from '../users/users.module';
import { HomeController } from './home.controller';
import { DashboardBlocks } from './dashboard-blocks';
import { HomeService } from './home.service';

/**
 * The dashboard a signed-in person lands on. Feature modules import it to register their
 * blocks (DashboardBlocks) when they start.
 */
@Module({
  imports: [OrganisationsModule, UsersModule],
  controllers: [HomeController],
  providers: [HomeService, DashboardBlocks],
  exports: [DashboardBlocks],
})
export class HomeModule {}
