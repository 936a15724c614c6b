import { DataSource, Not } from 'typeorm';
import { SYSTEM_ACTOR } from '../../../common/actor/actor';
import { AuditService } from '../../../audit/audit.service';
import { TwoFactorService } from '../../../auth/two-factor/two-factor.service';
import type { CliCommand, CliIo } from '../../../cli/cli-command';
import { withApplication } from '../../../cli/cli-application';
import { HitsModule } from '../../hits/hits.module';
import { SealedHitEvents } from '../../hits/sealed-hit-events';
import { PipelineModule } from '../../pipeline/pipeline.module';
import { SealedRows } from '../../pipeline/sealed-rows';
import { IngestionModule } from '../../ingestion/ingestion.module';
import { RawMessageStore } from '../../ingestion/raw-message-store';
import { ScreeningMessagePart } from '../../ingestion/screening-message-part.entity';

/** Parts re-sealed per transaction: a crash loses at most one batch's progress, never data. */
const BATCH = 100;

/**
 * screening:reencrypt: seals every raw message stored under an earlier key (one of
 * ENCRYPTION_KEYS_PREVIOUS) again under the current ENCRYPTION_KEY, batch by batch, each part
 * in a transaction with its new key id. Safe to repeat and to interrupt; the portal may keep
 * running meanwhile (it reads both keys). When it reports 0 left, the old key can be dropped.
 */
export class ReencryptCommand implements CliCommand {
  async run(_args: string[], io: CliIo): Promise<number> {
    return withApplication(
      async (app) => {
        const dataSource = app.get(DataSource);
        const store = app.get(RawMessageStore);
        const parts = dataSource.getRepository(ScreeningMessagePart);
        const current = store.currentKeyId;
        let done = 0;
        for (;;) {
          const batch = await parts.find({
            where: { rawKeyId: Not(current) },
            select: { id: true, stateId: true, contentHash: true },
            order: { id: 'ASC' },
            take: BATCH,
          });
          if (batch.length === 0) break;
          for (const part of batch) {
            await dataSource.transaction(async (manager) => {
              await store.reseal(manager, part);
              await manager
                .getRepository(ScreeningMessagePart)
                .update({ id: part.id }, { rawKeyId: current });
            });
            done++;
          }
        }
        const records = await app.get(SealedRows).resealAll();
        const notes = await app.get(SealedHitEvents).resealAll();
        const secrets = await app.get(TwoFactorService).resealSecrets();
        await app.get(AuditService).record(SYSTEM_ACTOR, {
          action: 'screening.messages-reencrypted',
          details: { parts: done, key: current, secrets: secrets.resealed, records, notes },
        });
        io.stdout.write(`raw message parts sealed again under key ${current}: ${done}\n`);
        io.stdout.write(`traveller records and hit details sealed again: ${records}\n`);
        io.stdout.write(`hit notes and escalations sealed again: ${notes}\n`);
        io.stdout.write(`two-step verification secrets sealed again: ${secrets.resealed}\n`);
        if (secrets.unreadable > 0) {
          io.stdout.write(
            `two-step verification secrets under no configured key (their owners enrol again): ${secrets.unreadable}\n`,
          );
        }
        io.stdout.write(
          `left under an earlier key: ${await parts.countBy({ rawKeyId: Not(current) })}\n`,
        );
        return 0;
      },
      [IngestionModule, PipelineModule, HitsModule],
    );
  }
}
