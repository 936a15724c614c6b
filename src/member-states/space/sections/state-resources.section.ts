import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource } from 'typeorm';
import { userOf, type Actor } from '../../../common/actor/actor';
import { mayUse } from '../../../common/areas/area';
import { VisibilityPolicy } from '../../../common/visibility/visibility-policy';
import { LIBRARY_AREA } from '../../../library/library.areas';
import { LibraryResource } from '../../../library/library-resource.entity';
import { StateSpaceSections, type SpaceState } from '../state-space-sections';

const SHOWN = 6;

/**
 * The State's space: the library's resources about this State (shared at the State's level,
 * or contributed by its people), the newest first, among those the reader may see.
 */
@Injectable()
export class StateResourcesSection implements OnModuleInit {
  constructor(
    private readonly sections: StateSpaceSections,
    private readonly policy: VisibilityPolicy,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.sections.register({
      id: 'resources',
      title: 'states.space.resources',
      order: 60,
      partial: 'space-resources',
      appliesTo: (user) => mayUse(LIBRARY_AREA, user.role) && user.role !== 'partner',
      load: (actor, state) => this.model(actor, state),
    });
  }

  async model(actor: Actor, state: SpaceState) {
    const resources = await this.dataSource
      .getRepository(LibraryResource)
      .createQueryBuilder('resource')
      .where('resource.status = :published', { published: 'published' })
      .andWhere(
        new Brackets((about) => {
          about
            .where('resource.visibility.stateId = :stateId', { stateId: state.id })
            .orWhere('resource.authorStateId = :stateId', { stateId: state.id });
        }),
      )
      .andWhere(this.policy.condition(userOf(actor), VisibilityPolicy.embeddedColumns('resource')))
      .orderBy('resource.createdAt', 'DESC')
      .addOrderBy('resource.id', 'DESC')
      .take(SHOWN)
      .getMany();
    return {
      resources: resources.map((resource) => ({
        title: resource.title,
        href: `/library/${resource.id}`,
        kind: resource.kind,
        createdAt: resource.createdAt,
      })),
      libraryHref: '/library',
    };
  }
}
