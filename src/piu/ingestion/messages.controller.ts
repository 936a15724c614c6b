import {
  Controller,
  HttpCode,
  Get,
  Inject,
  Param,
  ParseIntPipe,
  Post,
  Query,
  Render,
  Req,
  UseGuards,
} from '@nestjs/common';
import type { Request } from 'express';
import { InArea } from '../../common/areas/area';
import { FormError } from '../../common/forms/form-error';
import { FormView } from '../../common/forms/form-view.decorator';
import { NoStore } from '../../common/http/no-store.decorator';
import { CsrfInMultipartBody } from '../../common/security/multipart-csrf';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { SCREENING_AREA } from '../piu.area';
import type { Analyst } from '../work-purpose/analyst';
import { CurrentAnalyst } from '../work-purpose/current-analyst.decorator';
import { PurposeGuard } from '../work-purpose/purpose.guard';
import { ListMessagesQuery } from './dto/list-messages.query';
import { MessagesViewsService } from './messages-views.service';
import { MAX_FILES, receiveUploads } from './upload-receiver';

/** `/screening/messages`: the State's messages, one message, and the upload page. */
@Controller('screening/messages')
@InArea(SCREENING_AREA)
@UseGuards(PurposeGuard)
@NoStore()
export class MessagesController {
  constructor(
    private readonly views: MessagesViewsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Render('piu/messages')
  list(@CurrentAnalyst() analyst: Analyst, @Query() query: ListMessagesQuery) {
    return this.views.listModel(analyst.actor, query);
  }

  @Get('upload')
  @Render('piu/upload')
  uploadForm() {
    return this.uploadModel();
  }

  /** Several files at once, each stored (or refused) on its own: the page says what became of each. */
  @Post('upload')
  @CsrfInMultipartBody()
  @FormView('piu/upload', (controller: MessagesController) => controller.uploadModel())
  @HttpCode(200)
  @Render('piu/upload')
  async upload(@CurrentAnalyst() analyst: Analyst, @Req() request: Request) {
    const files = await receiveUploads(request, this.config.ingestion.maxBytes);
    if (!files || files.length === 0) throw new FormError({ files: ['ingestion.upload.noFile'] });
    const results = await this.views.upload(analyst, files, this.maxMegabytes);
    return { ...this.uploadModel(), results };
  }

  @Get(':id')
  @Render('piu/message')
  page(@CurrentAnalyst() analyst: Analyst, @Param('id', ParseIntPipe) id: number) {
    return this.views.pageModel(analyst, id);
  }

  get maxMegabytes(): number {
    return Math.round(this.config.ingestion.maxBytes / (1024 * 1024));
  }

  uploadModel() {
    return {
      pageTitle: { key: 'ingestion.upload.title' },
      maxMegabytes: this.maxMegabytes,
      maxFiles: MAX_FILES,
    };
  }
}
