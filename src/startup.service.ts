import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { FirstAdminService } from './auth/setup/first-admin.service';
import { ReferenceDataSeeder } from './organisations/reference-data.seeder';

/** After migrations (run by the data source at start): reference data, then the first admin. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  constructor(
    private readonly seeder: ReferenceDataSeeder,
    private readonly firstAdmin: FirstAdminService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seeder.seed();
    await this.firstAdmin.ensure();
  }
}
