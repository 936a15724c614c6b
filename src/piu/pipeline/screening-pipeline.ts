import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
  type OnModuleInit,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, Between, type DataSource } from 'typeorm';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { Clock } from '../../jobs/clock';
import { JobRunner } from '../../jobs/job-runner';
import { defineJob, type JobContext } from '../../jobs/job-type';
import type { ParseResult } from '../../screening/model';
import { IngestionService } from '../ingestion/ingestion.service';
import { ScreeningMessage } from '../ingestion/screening-message.entity';
import { StoredMessages } from '../ingestion/stored-messages';
import { ActiveRules, type VersionedTargetingRule } from '../rules/active-rules';
import { WatchlistIndexSource } from '../watchlists/watchlist-index-source';
import {
  WatchlistIndexService,
  type StateIndex,
  type VersionActivated,
} from '../watchlists/watchlist-index.service';
import { flightOf } from './flight-identity';
import { HitLedger, type HitSources } from './hit-ledger';
import { ScreeningFlight } from './screening-flight.entity';
import type { ScreeningHit } from './screening-hit.entity';
import type { ScreeningHit as EngineHit } from '../../screening/engine/screening-hit';
import { ScreeningLive } from './screening-live';
import { screenInSlices } from './sliced-screening';
import { TravellerLedger } from './traveller-ledger';

export const SCREEN_MESSAGE = defineJob<{ messageId: number }>('screening.message', {
  attempts: 6,
  backoffMs: 5_000,
});

/**
 * Screens again the travellers of the State's flights departing soon: against the entries a
 * list version added or changed (`versionId`), or against the rules switched on (`rules`).
 */
export const RESCREEN = defineJob<{
  stateId: number;
  listId?: number;
  versionId?: number;
  rules?: boolean;
}>('screening.rescreen', { attempts: 6, backoffMs: 10_000 });

export const PENDING_SWEEP = defineJob<Record<string, never>>('screening.pending-sweep');

/**
 * How often pending messages are looked for (missed events, a queue that was down): rare
 * cases, so every five minutes; at start the sweep runs at once.
 */
export const SWEEP_INTERVAL_MS = 5 * 60_000;
/** A message younger than this is left to the job its arrival queued. */
const SWEEP_MIN_AGE_MS = 30_000;
const SWEEP_BATCH = 500;
/**
 * EDIFACT departures are local times read as UTC (ScreeningFlight): a flight that left up to
 * this long ago may still be ahead in its own time zone, so re-screening reaches back as far.
 */
const DEPARTED_GRACE_MS = 14 * 3_600_000;
/** Parsed results kept for the job of a message this process just received. */
const JUST_PARSED_MAX = 64;

/** The index is still being built at start: the job waits and is tried again. */
class IndexNotReady extends Error {}

/**
 * Screening on arrival. Every message that becomes ready (IngestionService.onParsed) queues a
 * job; the job records the message's travellers on their flight (joined with the flight's
 * other messages, TravellerLedger) and screens them against the State's watchlist index and
 * switched-on rules, recording hits (HitLedger) and telling the State's analysts live. With
 * REDIS_URL the jobs go through the Redis queue and any instance takes them; without, this
 * process runs them. A message stays `pending` until its screening commits: a crash, a queue
 * that was down, a missed event — the sweep (at start, then every five minutes) queues it again.
 *
 * A new list version re-screens the travellers of flights departing within
 * SCREENING_RESCREEN_HOURS against the entries it added or changed; rules switched on do the
 * same with the rules. Each job is named after what it covers, so the instances that all hear
 * of a version queue it once.
 */
@Injectable()
export class ScreeningPipeline implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Screening');
  private readonly justParsed = new Map<number, ParseResult>();
  private readonly unsubscribe: (() => void)[] = [];
  private readonly rescreenMs: number;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobRunner,
    private readonly clock: Clock,
    private readonly ingestion: IngestionService,
    private readonly stored: StoredMessages,
    private readonly indexes: WatchlistIndexService,
    private readonly indexSource: WatchlistIndexSource,
    private readonly activeRules: ActiveRules,
    private readonly travellers: TravellerLedger,
    private readonly hits: HitLedger,
    private readonly live: ScreeningLive,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.rescreenMs = config.screening.rescreenHours * 3_600_000;
  }

  onModuleInit(): void {
    this.jobs.register(SCREEN_MESSAGE, (payload, context) =>
      this.screenMessage(payload.messageId, context),
    );
    this.jobs.register(RESCREEN, (payload) => this.rescreen(payload).then(() => undefined));
    this.jobs.register(PENDING_SWEEP, () => this.sweep(SWEEP_MIN_AGE_MS).then(() => undefined));
    this.unsubscribe.push(
      this.ingestion.onParsed(({ messageId, result }) => {
        if (result) this.keepParsed(messageId, result);
        void this.queue(messageId);
      }),
      this.indexes.onVersionActivated((event) => this.versionActivated(event)),
      this.activeRules.subscribe(({ stateId }) => this.rulesChanged(stateId)),
    );
  }

  async onApplicationBootstrap(): Promise<void> {
    // What a crash or a stop left pending is queued again, whatever its age.
    void this.sweep(0);
    await this.jobs.every(PENDING_SWEEP, SWEEP_INTERVAL_MS, {});
  }

  onModuleDestroy(): void {
    for (const stop of this.unsubscribe.splice(0)) stop();
  }

  /** Queues the pending messages older than `minAgeMs`; returns how many. */
  async sweep(minAgeMs: number): Promise<number> {
    const before = new Date(this.clock.now() - minAgeMs);
    const pending = await this.dataSource.getRepository(ScreeningMessage).find({
      select: { id: true },
      where: { screeningState: 'pending', receivedAt: LessThan(before) },
      order: { id: 'ASC' },
      take: SWEEP_BATCH,
    });
    for (const { id } of pending) await this.queue(id);
    return pending.length;
  }

  /** Never throws: a queue that is down leaves the message pending for the sweep. */
  private async queue(messageId: number): Promise<void> {
    try {
      await this.jobs.enqueue(SCREEN_MESSAGE, { messageId }, { jobId: `message-${messageId}` });
    } catch (error) {
      this.logger.warn(
        `message ${messageId} stays pending (queue unavailable): ${describe(error)}`,
      );
    }
  }

  private keepParsed(messageId: number, result: ParseResult): void {
    this.justParsed.set(messageId, result);
    // Oldest first out: a Map iterates in insertion order.
    while (this.justParsed.size > JUST_PARSED_MAX)
      this.justParsed.delete(this.justParsed.keys().next().value!);
  }

  /** Records and screens one message; safe to run again (the second run finds it screened). */
  async screenMessage(messageId: number, context?: JobContext): Promise<void> {
    const messages = this.dataSource.getRepository(ScreeningMessage);
    const message = await messages.findOneBy({ id: messageId });
    if (!message || message.screeningState !== 'pending') {
      this.justParsed.delete(messageId);
      return;
    }
    try {
      if (!this.indexes.ready) throw new IndexNotReady('the watchlist indexes are being built');
      const parsed = this.justParsed.get(messageId) ?? (await this.stored.parsed(message));
      const index = this.indexes.current(message.stateId);
      const rules = await this.activeRules.activeRules(message.stateId);
      const sources = hitSources(index, rules);
      const screened: EngineHit[][] = [];
      for (const unit of parsed.messages)
        screened.push(await screenInSlices(unit, index?.index, rules));
      const now = new Date(this.clock.now());
      const added: ScreeningHit[] = [];
      await this.dataSource.transaction(async (manager) => {
        let flightId: number | null = null;
        for (const [position, unit] of parsed.messages.entries()) {
          // A message that names nobody (a header-only manifest) has no flight to record on.
          if (unit.travellers.length === 0) continue;
          const recorded = await this.travellers.record(
            manager,
            message.stateId,
            message.id,
            position,
            flightOf(unit, message.id, position),
            unit,
            message.receivedAt,
          );
          flightId ??= recorded.flight.id;
          added.push(
            ...(await this.hits.record(
              manager,
              recorded.flight,
              message.id,
              recorded.travellers,
              screened[position],
              sources,
              now,
            )),
          );
        }
        await manager.getRepository(ScreeningMessage).update(
          { id: message.id, screeningState: 'pending' },
          {
            screeningState: 'screened',
            screenedAt: now,
            flightId,
            screenedWith: JSON.stringify({
              lists: index?.versionIds ?? [],
              rules: rules.map((rule) => `${rule.ruleId}:${rule.version}`),
            }).slice(0, 1000),
          },
        );
      });
      this.justParsed.delete(messageId);
      this.live.hitsRaised(message.stateId, added);
    } catch (error) {
      const last = context !== undefined && context.attempt >= SCREEN_MESSAGE.attempts;
      if (last && !(error instanceof IndexNotReady)) {
        // Given up: the analyst sees the message as not screened; the log says why.
        await messages.update({ id: messageId }, { screeningState: 'failed' });
        this.logger.error(`message ${messageId} could not be screened: ${describe(error)}`);
        this.justParsed.delete(messageId);
        return;
      }
      throw error;
    }
  }

  private async versionActivated(event: VersionActivated): Promise<void> {
    if (event.added.length + event.changed.length === 0) return;
    await this.jobs.enqueue(
      RESCREEN,
      { stateId: event.stateId, listId: event.listId, versionId: event.versionId },
      { jobId: `version-${event.versionId}` },
    );
  }

  private async rulesChanged(stateId: number): Promise<void> {
    const rules = await this.activeRules.activeRules(stateId);
    if (rules.length === 0) return;
    const stamp = rules.map((rule) => `${rule.ruleId}v${rule.version}`).join('-');
    await this.jobs.enqueue(
      RESCREEN,
      { stateId, rules: true },
      { jobId: `rules-${stateId}-${stamp}` },
    );
  }

  /**
   * Screens the travellers of the State's flights departing within the window again, keeping
   * only the hits of what changed: the version's added and changed entries, or the rules.
   * Returns the number of travellers screened.
   */
  async rescreen(payload: {
    stateId: number;
    listId?: number;
    versionId?: number;
    rules?: boolean;
  }): Promise<number> {
    const { stateId } = payload;
    const began = this.clock.now();
    let index: StateIndex | undefined;
    let references: Set<string> | undefined;
    let rules: VersionedTargetingRule[] = [];
    if (payload.versionId !== undefined) {
      index = this.indexes.current(stateId);
      const covered = [...(index?.origins.values() ?? [])].some(
        (origin) => origin.listId === payload.listId && origin.versionId >= payload.versionId!,
      );
      // This instance has not built the version yet: try again once it has.
      if (!covered) throw new IndexNotReady(`version ${payload.versionId} is not in the index yet`);
      const changes = await this.indexSource.changes(payload.versionId);
      references = new Set([...changes.added, ...changes.changed]);
    }
    if (payload.rules) rules = await this.activeRules.activeRules(stateId);
    const sources = hitSources(index, rules);
    const now = this.clock.now();
    const flights = await this.dataSource.getRepository(ScreeningFlight).find({
      select: { id: true },
      where: {
        stateId,
        departureAt: Between(new Date(now - DEPARTED_GRACE_MS), new Date(now + this.rescreenMs)),
      },
      order: { departureAt: 'ASC' },
    });
    let screenedTravellers = 0;
    const messages = this.dataSource.getRepository(ScreeningMessage);
    for (const { id: flightId } of flights) {
      const onFlight = await messages.find({
        where: { flightId, screeningState: In(['screened']) },
        order: { id: 'ASC' },
      });
      for (const message of onFlight) {
        // Arrived after the version: its own screening covered it.
        if (payload.versionId !== undefined && screenedWithVersion(message, payload.versionId))
          continue;
        const parsed = await this.stored.parsed(message);
        const screened: EngineHit[][] = [];
        for (const unit of parsed.messages) {
          const hits = await screenInSlices(unit, index?.index, rules, {
            onlyEntries: references,
          });
          screened.push(
            references ? hits.filter((hit) => hit.entry && references.has(hit.entry.id)) : hits,
          );
        }
        const added: ScreeningHit[] = [];
        await this.dataSource.transaction(async (manager) => {
          for (const [position, unit] of parsed.messages.entries()) {
            screenedTravellers += unit.travellers.length;
            if (screened[position].length === 0) continue;
            const recorded = await this.travellers.record(
              manager,
              stateId,
              message.id,
              position,
              flightOf(unit, message.id, position),
              unit,
              message.receivedAt,
            );
            added.push(
              ...(await this.hits.record(
                manager,
                recorded.flight,
                message.id,
                recorded.travellers,
                screened[position],
                sources,
                new Date(this.clock.now()),
              )),
            );
          }
        });
        this.live.hitsRaised(stateId, added);
      }
    }
    this.logger.log(
      `re-screened ${screenedTravellers} travellers of ${flights.length} flights of State ${stateId} in ${this.clock.now() - began} ms (${payload.versionId !== undefined ? `list version ${payload.versionId}` : 'rules'})`,
    );
    return screenedTravellers;
  }
}

function hitSources(
  index: StateIndex | undefined,
  rules: readonly VersionedTargetingRule[],
): HitSources {
  return {
    origins: index?.origins ?? new Map(),
    rules: new Map(rules.map((rule) => [rule.id, rule])),
  };
}

function screenedWithVersion(message: ScreeningMessage, versionId: number): boolean {
  if (!message.screenedWith) return false;
  const { lists } = JSON.parse(message.screenedWith) as { lists?: number[] };
  return lists?.includes(versionId) ?? false;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
