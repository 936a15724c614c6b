import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JobsModule } from '../../jobs/jobs.module';
import { Organisation } from '../../organisations/organisation.entity';
import { PiuModule } from '../piu.module';
import { ProtectionModule } from '../protection/protection.module';
import { CarrierDashboardService } from './carrier-dashboard.service';
import { CarrierKey } from './carrier-key.entity';
import { Carrier } from './carrier.entity';
import { CarriersViewsService } from './carriers-views.service';
import { CarriersController } from './carriers.controller';
import { CarriersService } from './carriers.service';
import { IncompletePartsSweep } from './incomplete-parts.sweep';
import { IngestApiController } from './ingest-api.controller';
import { IngestApi } from './ingest-api.service';
import { IngestionService } from './ingestion.service';
import { KeyRateLimiter } from './key-rate-limiter';
import { MessagesController } from './messages.controller';
import { MessagesViewsService } from './messages-views.service';
import { RawChunk } from './raw-chunk.entity';
import { RawMessageStore } from './raw-message-store';
import { StoredMessages } from './stored-messages';
import { ScreeningMessagePart } from './screening-message-part.entity';
import { ScreeningMessage } from './screening-message.entity';

/**
 * Ingestion of carriers' messages: the carrier API (`POST /api/v1/messages`, documented at
 * `/api/docs`), the upload page, multi-part reassembly, storage (raw encrypted, facts in plain
 * columns), the carriers and their keys, the carrier dashboard. Screening picks messages up
 * by `screening_state = 'pending'`.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      Carrier,
      CarrierKey,
      ScreeningMessage,
      ScreeningMessagePart,
      RawChunk,
      Organisation,
    ]),
    JobsModule,
    PiuModule,
    ProtectionModule,
  ],
  controllers: [IngestApiController, CarriersController, MessagesController],
  providers: [
    CarriersService,
    CarriersViewsService,
    CarrierDashboardService,
    IngestionService,
    IngestApi,
    KeyRateLimiter,
    MessagesViewsService,
    RawMessageStore,
    IncompletePartsSweep,
    StoredMessages,
  ],
  exports: [IngestionService, CarriersService, RawMessageStore, StoredMessages],
})
export class IngestionModule {}
