import { createReadStream } from 'node:fs';
import {
  Controller,
  Get,
  NotFoundException,
  Param,
  Post,
  Redirect,
  Render,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { actorOf } from '../common/actor/actor-of';
import type { Actor } from '../common/actor/actor';
import { CurrentActor } from '../common/actor/current-actor.decorator';
import { InArea } from '../common/areas/area';
import { FormView } from '../common/forms/form-view.decorator';
import { CsrfInMultipartBody } from '../common/security/multipart-csrf';
import { flash } from '../common/views/flash';
import { VersionFormDto } from './dto/resource-form.dto';
import { contentDisposition } from './files/safe-file-name';
import { LIBRARY_AREA } from './library.areas';
import { LibraryFilesService, type FileToSend } from './library-files.service';
import { LibraryPublishingService } from './library-publishing.service';
import { LibraryUploads } from './library-uploads';

/** A preview runs nothing: no script, no plug-in, no form, no frame of ours around it. */
const PREVIEW_POLICY =
  "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; object-src 'self'; frame-ancestors 'self'; sandbox";

/** A resource's files: downloads, inline previews (PDF, images), new versions. */
@Controller('library/:id')
@InArea(LIBRARY_AREA)
export class LibraryFilesController {
  constructor(
    private readonly files: LibraryFilesService,
    private readonly publishing: LibraryPublishingService,
    private readonly uploads: LibraryUploads,
  ) {}

  @Get('download')
  async download(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response) {
    send(response, await this.files.file(actor, id, null, false), false);
  }

  @Get('preview')
  async preview(@CurrentActor() actor: Actor, @Param('id') id: string, @Res() response: Response) {
    send(response, await this.files.file(actor, id, null, true), true);
  }

  @Get('versions/:number/download')
  async versionDownload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('number') number: string,
    @Res() response: Response,
  ) {
    send(response, await this.files.file(actor, id, number, false), false);
  }

  @Get('versions/:number/preview')
  async versionPreview(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Param('number') number: string,
    @Res() response: Response,
  ) {
    send(response, await this.files.file(actor, id, number, true), true);
  }

  @Get('versions/new')
  @Render('library/version')
  versionForm(@Req() request: Request) {
    return this.versionFormModel(request);
  }

  @Post('versions')
  @CsrfInMultipartBody()
  @FormView('library/version', (controller: LibraryFilesController, request) =>
    controller.versionFormModel(request),
  )
  @Redirect('/library', 303)
  async addVersion(@CurrentActor() actor: Actor, @Param('id') id: string, @Req() request: Request) {
    const number = await this.uploads.handle(request, VersionFormDto, (form, received) =>
      this.publishing.addVersion(actor, id, received, form.note ?? ''),
    );
    flash(request, 'success', { key: 'library.version.added', params: { number } });
    return { url: `/library/${id}` };
  }

  async versionFormModel(request: Request) {
    const resource = await this.publishing.editable(actorOf(request), String(request.params.id));
    if (resource.kind !== 'file') throw new NotFoundException();
    return {
      pageTitle: { key: 'library.version.title' },
      resource: { id: resource.id, title: resource.title },
      maxMegabytes: this.uploads.maxMegabytes(),
    };
  }
}

/** Streams a stored file with the headers that keep it a file: never run, never cached by others. */
function send(response: Response, file: FileToSend, inline: boolean): void {
  response.setHeader('Content-Type', file.mediaType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader(
    'Content-Disposition',
    contentDisposition(inline ? 'inline' : 'attachment', file.fileName),
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'private, no-cache');
  if (inline) response.setHeader('Content-Security-Policy', PREVIEW_POLICY);
  const stream = createReadStream(file.path);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
