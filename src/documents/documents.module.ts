import { Logger, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { JobsModule } from '../jobs/jobs.module';
import { MemberStatesModule } from '../member-states/member-states.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { RoadmapsModule } from '../programme/roadmaps/roadmaps.module';
import { UsersModule } from '../users/users.module';
import { DocumentAccess } from './document-access';
import { DocumentOutputService } from './document-output.service';
import { DocumentRoadmapStepService } from './document-roadmap-step.service';
import { DocumentTemplate } from './document-template.entity';
import { DocumentTemplateVersion } from './document-template-version.entity';
import { DocumentsSpaceSection } from './documents-space.section';
import { DocumentsNotifier } from './documents-notifier';
import { DocumentsStepLinks } from './documents-step-links';
import { StateDocument } from './state-document.entity';
import { StateDocumentComment } from './state-document-comment.entity';
import { StateDocumentDecision } from './state-document-decision.entity';
import { StateDocumentPagesService } from './state-document-pages.service';
import { StateDocumentsController } from './state-documents.controller';
import { StateDocumentsService } from './state-documents.service';
import { LiquidSandbox } from './template/liquid-sandbox';
import { TemplatePagesService } from './template-pages.service';
import { TemplatesController } from './templates.controller';
import { TemplatesService } from './templates.service';
import { UpstreamService } from './upstream.service';

/**
 * SOP and Terms-of-Reference templates (`/sops/templates`, staff) and each State's documents
 * made from them (`/states/:code/documents`): sandboxed Liquid sections with declared variables,
 * versions and diffs, the guided form, review and approvals, the template's later changes
 * offered section by section, and PDF, Word and HTML output. The engine (`template/`, `output/`)
 * is plain TypeScript.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      DocumentTemplate,
      DocumentTemplateVersion,
      StateDocument,
      StateDocumentComment,
      StateDocumentDecision,
    ]),
    MemberStatesModule,
    RoadmapsModule,
    JobsModule,
    NotificationsModule,
    UsersModule,
  ],
  controllers: [TemplatesController, StateDocumentsController],
  providers: [
    {
      provide: LiquidSandbox,
      // Liquid's own (English) message of a problem goes to the logs, never to a page.
      useFactory: () => {
        const logger = new Logger('LiquidSandbox');
        return new LiquidSandbox((raw, phase) =>
          phase === 'render' ? logger.warn(`render stopped: ${raw}`) : logger.debug(raw),
        );
      },
    },
    { provide: MarkdownRenderer, useValue: new MarkdownRenderer() },
    DocumentAccess,
    DocumentRoadmapStepService,
    TemplatesService,
    TemplatePagesService,
    StateDocumentsService,
    StateDocumentPagesService,
    UpstreamService,
    DocumentOutputService,
    DocumentsSpaceSection,
    DocumentsStepLinks,
    DocumentsNotifier,
  ],
  exports: [TemplatesService, StateDocumentsService, UpstreamService, DocumentOutputService],
})
export class DocumentsModule {}
