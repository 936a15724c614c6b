import { actorFor, SYSTEM_ACTOR } from '../common/actor/actor';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { DashboardBlocks, type DashboardBlock } from './dashboard-blocks';

const official = { id: 3, role: 'official', timeZone: 'UTC' } as AuthenticatedUser;

function block(id: string, order: number, extra: Partial<DashboardBlock> = {}): DashboardBlock {
  return {
    id,
    order,
    title: `${id}.title`,
    partial: `dashboard-${id}`,
    load: () => Promise.resolve({ from: id }),
    ...extra,
  };
}

describe('DashboardBlocks', () => {
  it("loads the member's blocks in their order, with their models", async () => {
    const blocks = new DashboardBlocks();
    blocks.register(block('b', 20));
    blocks.register(block('a', 10));
    blocks.register(block('staff-only', 5, { appliesTo: (user) => user.role === 'staff' }));
    expect(await blocks.load(actorFor(official))).toEqual([
      { id: 'a', title: 'a.title', partial: 'dashboard-a', model: { from: 'a' } },
      { id: 'b', title: 'b.title', partial: 'dashboard-b', model: { from: 'b' } },
    ]);
  });

  it('keeps the page when one block fails: that block comes without a model', async () => {
    const blocks = new DashboardBlocks();
    blocks.register(block('broken', 1, { load: () => Promise.reject(new Error('db gone')) }));
    blocks.register(block('fine', 2));
    const loaded = await blocks.load(actorFor(official));
    expect(loaded.map((b) => [b.id, b.model])).toEqual([
      ['broken', undefined],
      ['fine', { from: 'fine' }],
    ]);
  });

  it('refuses a block id registered twice, and gives an actor without a user nothing', async () => {
    const blocks = new DashboardBlocks();
    blocks.register(block('a', 1));
    expect(() => blocks.register(block('a', 2))).toThrow('registered twice');
    expect(await blocks.load(SYSTEM_ACTOR)).toEqual([]);
  });
});
