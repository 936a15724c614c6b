import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository, SelectQueryBuilder } from 'typeorm';
import { Clock } from '../../jobs/clock';
import { ScreeningMessage, type MessageKind } from './screening-message.entity';

export const DASHBOARD_DAYS = 30;
/** PNR is late when it arrives less than this long before the scheduled departure. */
export const PNR_DUE_MINUTES = 24 * 60;

const num = (value: unknown): number => Number(value ?? 0);
const share = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null;

/**
 * The carrier dashboard (carrier engagement): messages per day, timeliness, completeness,
 * failures, over the last 30 days — SQL aggregates over the messages' non-personal columns,
 * the same on SQLite and MariaDB (days are stored as `YYYY-MM-DD` text, lead times as minutes).
 */
@Injectable()
export class CarrierDashboardService {
  constructor(
    @InjectRepository(ScreeningMessage) private readonly messages: Repository<ScreeningMessage>,
    private readonly clock: Clock,
  ) {}

  private since(): string {
    return new Date(this.clock.now() - (DASHBOARD_DAYS - 1) * 86_400_000)
      .toISOString()
      .slice(0, 10);
  }

  private scope(stateId: number, carrierId: number): SelectQueryBuilder<ScreeningMessage> {
    return this.messages
      .createQueryBuilder('m')
      .where('m.stateId = :stateId AND m.carrierId = :carrierId', { stateId, carrierId })
      .andWhere('m.receivedOn >= :since', { since: this.since() });
  }

  async figures(stateId: number, carrierId: number) {
    const perDay = await this.scope(stateId, carrierId)
      .select('m.receivedOn', 'day')
      .addSelect('COUNT(*)', 'count')
      .groupBy('m.receivedOn')
      .getRawMany<{ day: string; count: unknown }>();
    const counts = new Map(perDay.map((row) => [row.day, num(row.count)]));
    const days = [];
    const today = this.clock.now();
    for (let back = DASHBOARD_DAYS - 1; back >= 0; back--) {
      const day = new Date(today - back * 86_400_000).toISOString().slice(0, 10);
      days.push({ day, count: counts.get(day) ?? 0 });
    }
    const peak = Math.max(1, ...days.map((d) => d.count));

    const totals = await this.scope(stateId, carrierId)
      .select('COUNT(*)', 'messages')
      .addSelect("SUM(CASE WHEN m.status = 'failed' THEN 1 ELSE 0 END)", 'failed')
      .addSelect('SUM(m.travellerCount)', 'travellers')
      .addSelect('SUM(m.withDocument)', 'document')
      .addSelect('SUM(m.withDateOfBirth)', 'birth')
      .addSelect('SUM(m.withNationality)', 'nationality')
      .getRawOne<Record<string, unknown>>();
    const travellers = num(totals?.travellers);
    const failure = await this.scope(stateId, carrierId)
      .select('m.errorCode', 'code')
      .addSelect('COUNT(*)', 'total')
      .andWhere("m.status = 'failed'")
      .andWhere('m.errorCode IS NOT NULL')
      .groupBy('m.errorCode')
      .orderBy('total', 'DESC')
      .addOrderBy('m.errorCode', 'ASC')
      .limit(1)
      .getRawOne<{ code: string; total: unknown }>();
    return {
      days,
      chart: dailyBars(days, peak),
      messages: num(totals?.messages),
      failed: num(totals?.failed),
      frequentError: failure ? { code: failure.code, count: num(failure.total) } : null,
      travellers,
      completeness: {
        document: share(num(totals?.document), travellers),
        birth: share(num(totals?.birth), travellers),
        nationality: share(num(totals?.nationality), travellers),
      },
      timeliness: {
        api: await this.timeliness(stateId, carrierId, 'PAXLST', 0),
        pnr: await this.timeliness(stateId, carrierId, 'PNRGOV', PNR_DUE_MINUTES),
      },
    };
  }

  /**
   * Hours between receipt and scheduled departure: the median, and the share received later
   * than `dueMinutes` before departure. The median is the middle row by lead time (two small
   * queries: a count, then one row at its offset), which both engines answer the same way.
   */
  private async timeliness(
    stateId: number,
    carrierId: number,
    kind: MessageKind,
    dueMinutes: number,
  ) {
    const timed = () =>
      this.scope(stateId, carrierId)
        .andWhere('m.kind = :kind', { kind })
        .andWhere("m.status = 'parsed'")
        .andWhere('m.leadMinutes IS NOT NULL');
    const counted = await timed()
      .select('COUNT(*)', 'count')
      .addSelect('SUM(CASE WHEN m.leadMinutes < :due THEN 1 ELSE 0 END)', 'late')
      .setParameter('due', dueMinutes)
      .getRawOne<{ count: unknown; late: unknown }>();
    const count = num(counted?.count);
    if (count === 0) return { count: 0, medianHours: null, lateShare: null };
    const middle = await timed()
      .select('m.leadMinutes', 'lead')
      .orderBy('m.leadMinutes', 'ASC')
      .offset(Math.floor((count - 1) / 2))
      .limit(1)
      .getRawOne<{ lead: unknown }>();
    return {
      count,
      medianHours: Math.round((num(middle?.lead) / 60) * 10) / 10,
      lateShare: share(num(counted?.late), count),
    };
  }
}

/** Drawing units of the per-day chart: one bar a day, the busiest day full height. */
const CHART = { height: 60, bar: 10, gap: 2 } as const;

/**
 * The per-day counts as the geometry of an SVG bar chart drawn by the template (SVG
 * attributes, not inline styles, which the Content-Security-Policy forbids).
 */
function dailyBars(days: { day: string; count: number }[], peak: number) {
  const step = CHART.bar + CHART.gap;
  return {
    width: days.length * step,
    height: CHART.height,
    bars: days.map((d, index) => {
      // A day with messages stays visible however busy the peak was.
      const height = d.count === 0 ? 0 : Math.max(2, Math.round((d.count / peak) * CHART.height));
      return { ...d, x: index * step, y: CHART.height - height, width: CHART.bar, height };
    }),
  };
}
