import type { EntityManager } from 'typeorm';
import { VisibilityColumns } from '../common/visibility/visibility-columns';
import { Pillar } from '../organisations/pillar.entity';
import { ForumCategory } from './forum/forum-category.entity';
import type { Iwg } from './iwg.entity';

/** A new IWG's forum: "General" first, then one category per pillar in roadmap order. */
export async function createDefaultCategories(manager: EntityManager, iwg: Iwg): Promise<void> {
  const pillars = await manager.getRepository(Pillar).find({ order: { position: 'ASC' } });
  const visibility = VisibilityColumns.of('region', { regionId: iwg.regionId });
  await manager.getRepository(ForumCategory).insert([
    { iwgId: iwg.id, kind: 'general', pillarCode: null, name: null, position: 0, visibility },
    ...pillars.map((pillar) => ({
      iwgId: iwg.id,
      kind: 'pillar' as const,
      pillarCode: pillar.code,
      name: null,
      position: pillar.position,
      visibility,
    })),
  ]);
}
