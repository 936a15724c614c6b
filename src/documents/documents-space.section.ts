import { Injectable, type OnModuleInit } from '@nestjs/common';
import { StateSpaceSections } from '../member-states/space/state-space-sections';
import { StateDocumentPagesService } from './state-document-pages.service';

/**
 * The "Documents" section of a State's space (`/states/:code`): its SOPs and Terms of
 * Reference with their status. Whoever may see the State's page may see its documents (the same
 * `state` rule), so the section applies to every reader of the page.
 */
@Injectable()
export class DocumentsSpaceSection implements OnModuleInit {
  constructor(
    private readonly sections: StateSpaceSections,
    private readonly pages: StateDocumentPagesService,
  ) {}

  onModuleInit(): void {
    this.sections.register({
      id: 'documents',
      title: 'documents.space.title',
      order: 30,
      partial: 'space-documents',
      load: async (actor, state) => ({
        code: state.code,
        documents: (await this.pages.summaries(state.id, actor.locale)).slice(0, 8),
      }),
    });
  }
}
