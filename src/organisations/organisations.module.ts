import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IwgRegion } from './iwg-region.entity';
import { Organisation } from './organisation.entity';
import { Pillar } from './pillar.entity';
import { ReferenceDataCache } from './reference-data.cache';
import { ReferenceDataSeeder } from './reference-data.seeder';

/**
 * Organisations (Member States, the programme, partner agencies), IWG regions and pillars: the
 * reference data every account and every piece of content points at, seeded at start.
 */
@Module({
  imports: [TypeOrmModule.forFeature([Organisation, IwgRegion, Pillar])],
  providers: [ReferenceDataSeeder, ReferenceDataCache],
  exports: [TypeOrmModule, ReferenceDataSeeder, ReferenceDataCache],
})
export class OrganisationsModule {}
