import { Injectable, type OnModuleInit } from '@nestjs/common';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { StateSpaceSections } from '../member-states/space/state-space-sections';
import { StateDocumentPagesService } from './state-document-pages.service';

/**
 * The "Documents" section of a State's space (`/states/:code`): its SOPs and Terms of
 * Reference with their status, for those the documents' `state` rule lets in (the State's
 * people, staff, assigned experts). A partner agency the State's roadmap is shared with also
 * opens the State's page, and sees no section here: the share is the roadmap's, not the
 * documents'.
 */
@Injectable()
export class DocumentsSpaceSection implements OnModuleInit {
  constructor(
    private readonly sections: StateSpaceSections,
    private readonly pages: StateDocumentPagesService,
    private readonly policy: VisibilityPolicy,
  ) {}

  onModuleInit(): void {
    this.sections.register({
      id: 'documents',
      title: 'documents.space.title',
      order: 30,
      partial: 'space-documents',
      appliesTo: (user, state) =>
        this.policy.canSee(user, {
          level: 'state',
          stateId: state.id,
          regionId: state.iwgRegionId,
        }),
      load: async (actor, state) => ({
        code: state.code,
        documents: (await this.pages.summaries(state.id, actor.locale)).slice(0, 8),
      }),
    });
  }
}
