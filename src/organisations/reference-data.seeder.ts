import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NON_STATE_ORGANISATIONS } from '../member-states/data/partner-agencies';
import { UN_MEMBER_STATES } from '../member-states/data/un-member-states';
import { Organisation } from './organisation.entity';
import { Pillar } from './pillar.entity';
import { PILLARS } from './pillars';

/**
 * First start on an empty database: the pillars, the 193 Member States, the programme and the
 * partner agencies, in one transaction. Later starts add only what is missing, so a new
 * partner agency in the code reaches existing installations without touching edited rows.
 */
@Injectable()
export class ReferenceDataSeeder {
  private readonly logger = new Logger('Seed');

  constructor(private readonly dataSource: DataSource) {}

  async seed(): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const pillars = manager.getRepository(Pillar);
      const existingPillars = new Set((await pillars.find()).map((pillar) => pillar.code));
      const newPillars = PILLARS.filter((pillar) => !existingPillars.has(pillar.code));
      if (newPillars.length > 0) await pillars.insert(newPillars.map((pillar) => ({ ...pillar })));

      const organisations = manager.getRepository(Organisation);
      const existing = new Set(
        (await organisations.find({ select: { code: true } })).map((o) => o.code),
      );
      const states = UN_MEMBER_STATES.filter((state) => !existing.has(state.alpha3)).map(
        (state) => ({
          kind: 'state' as const,
          code: state.alpha3,
          name: state.name,
          alpha2: state.alpha2,
          unRegion: state.region,
          unSubregion: state.subRegion,
        }),
      );
      const others = NON_STATE_ORGANISATIONS.filter((org) => !existing.has(org.code)).map(
        (org) => ({
          kind: org.kind,
          code: org.code,
          name: org.name,
        }),
      );
      // Chunks keep each INSERT well under SQLite's bound-parameter limit.
      const rows = [...others, ...states];
      for (let i = 0; i < rows.length; i += 50) await organisations.insert(rows.slice(i, i + 50));
      if (rows.length > 0 || newPillars.length > 0) {
        this.logger.log(`seeded ${newPillars.length} pillars and ${rows.length} organisations`);
      }
    });
  }
}
