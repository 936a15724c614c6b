import { Injectable, type OnModuleInit } from '@nestjs/common';
import { In, Not, IsNull } from 'typeorm';
import { RetentionHooks } from '../retention/retention-hooks';
import { ScreeningHitEvent } from './screening-hit-event.entity';

/**
 * A hit's history follows its hit through retention: deleted with it, and its free text (notes,
 * to whom a hit was escalated: they may name the traveller) dropped when the hit's traveller is
 * depersonalised. Who did what and when stays.
 */
@Injectable()
export class HitEventsRetention implements OnModuleInit {
  constructor(private readonly retention: RetentionHooks) {}

  onModuleInit(): void {
    this.retention.onDeleting(async ({ manager, hitIds }) => {
      if (hitIds.length > 0) await manager.delete(ScreeningHitEvent, { hitId: In([...hitIds]) });
    });
    this.retention.onDepersonalising(async ({ manager, hitIds }) => {
      if (hitIds.length === 0) return;
      await manager.update(
        ScreeningHitEvent,
        { hitId: In([...hitIds]), note: Not(IsNull()) },
        { note: null },
      );
      await manager.update(
        ScreeningHitEvent,
        { hitId: In([...hitIds]), escalatedTo: Not(IsNull()) },
        { escalatedTo: null },
      );
    });
  }
}
