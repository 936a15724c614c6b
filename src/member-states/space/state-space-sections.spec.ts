import { actorFor, SYSTEM_ACTOR } from '../../common/actor/actor';
import type { AuthenticatedUser } from '../../common/auth/authenticated-user';
import {
  StateSpaceSections,
  type SpaceState,
  type StateSpaceSection,
} from './state-space-sections';

const official = { id: 3, role: 'official', timeZone: 'UTC' } as AuthenticatedUser;
const kenya: SpaceState = { id: 7, code: 'KEN', name: 'Kenya', iwgRegionId: null };

function section(
  id: string,
  order: number,
  extra: Partial<StateSpaceSection> = {},
): StateSpaceSection {
  return {
    id,
    order,
    title: `${id}.title`,
    partial: `space-${id}`,
    load: (_actor, state) => Promise.resolve({ from: id, state: state.code }),
    ...extra,
  };
}

describe('StateSpaceSections', () => {
  it("loads the member's sections for the State in their order", async () => {
    const sections = new StateSpaceSections();
    sections.register(section('b', 20));
    sections.register(section('a', 10));
    sections.register(section('staff-only', 5, { appliesTo: (user) => user.role === 'staff' }));
    expect(await sections.load(actorFor(official), kenya)).toEqual([
      { id: 'a', title: 'a.title', partial: 'space-a', model: { from: 'a', state: 'KEN' } },
      { id: 'b', title: 'b.title', partial: 'space-b', model: { from: 'b', state: 'KEN' } },
    ]);
  });

  it('keeps the page when one section fails: that section comes without a model', async () => {
    const sections = new StateSpaceSections();
    sections.register(section('broken', 1, { load: () => Promise.reject(new Error('db gone')) }));
    sections.register(section('fine', 2));
    const loaded = await sections.load(actorFor(official), kenya);
    expect(loaded.map((s) => [s.id, s.model])).toEqual([
      ['broken', undefined],
      ['fine', { from: 'fine', state: 'KEN' }],
    ]);
  });

  it('refuses an id registered twice, and gives an actor without a user nothing', async () => {
    const sections = new StateSpaceSections();
    sections.register(section('a', 1));
    expect(() => sections.register(section('a', 2))).toThrow('registered twice');
    expect(await sections.load(SYSTEM_ACTOR, kenya)).toEqual([]);
  });
});
