import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { FirstAdminService } from './auth/setup/first-admin.service';
import { ReferenceDataSeeder } from './organisations/reference-data.seeder';

/** After migrations (run by the data source at start): reference data, then the first admin. */
@Injectable()
export class StartupService implements OnApplicationBootstrap {
  /** The first-admin set-up link, when there is no administrator yet: the server prints it last. */
  setupLink: string | null = null;

  constructor(
    private readonly seeder: ReferenceDataSeeder,
    private readonly firstAdmin: FirstAdminService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.seeder.seed();
    this.setupLink = await this.firstAdmin.ensure();
  }
}
