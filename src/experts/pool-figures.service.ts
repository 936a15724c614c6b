import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { requireStaff } from './engagement-access';
import { ExpertProfile } from './expert-profile.entity';
import { codesOf, EXPERIENCE_REGIONS, EXPERT_PILLARS } from './expert-vocabulary';
import { hoursOf } from './expert-views';

/** A row of the "where is the pool thin" tables: listable experts against open requests. */
export interface CoverageRow {
  readonly code: string;
  readonly experts: number;
  readonly openRequests: number;
  /** Fewer than two listable experts per open request, or none at all. */
  readonly thin: boolean;
}

export interface HoursRow {
  readonly expertId: number;
  readonly name: string;
  readonly year: number;
  readonly hours: number;
  readonly sessions: number;
}

/** A session as the expert's own record lists it (CSV). */
export interface HoursLine {
  readonly heldOn: string;
  readonly state: string;
  readonly topic: string;
  readonly topics: string;
  readonly hours: number;
}

function coverage(
  codes: readonly string[],
  experts: string[][],
  requests: string[],
): CoverageRow[] {
  return codes.map((code) => {
    const count = experts.filter((list) => list.includes(code)).length;
    const open = requests.filter((value) => value === code).length;
    return { code, experts: count, openRequests: open, thin: open > 0 && count < 2 * open };
  });
}

/** Quotes a CSV field when it needs it (RFC 4180), and defuses spreadsheet formulas. */
export function csvField(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The pool's figures for staff: listable experts (active, consenting) by pillar, language and
 * region against the open requests, and hours given per expert per year; and an expert's own
 * hours, exportable.
 */
@Injectable()
export class PoolFiguresService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async figures(actor: Actor) {
    requireStaff(actor);
    const q = (name: string) => this.dataSource.driver.escape(name);
    const [profiles, requests, hours] = await Promise.all([
      this.dataSource
        .getRepository(ExpertProfile)
        .find({ where: { status: 'active', consent: true } }),
      this.dataSource.query<{ pillar: string; language: string; un_region: string | null }[]>(
        `SELECT r.pillar, r.language, o.un_region FROM ${q('expert_request')} r ` +
          `JOIN ${q('organisation')} o ON o.id = r.state_id WHERE r.status = 'open'`,
      ),
      this.hoursRows(),
    ]);
    const languages = [
      ...new Set([
        ...profiles.flatMap((p) => codesOf(p.languages)),
        ...requests.map((r) => r.language),
      ]),
    ].sort();
    return {
      listable: profiles.length,
      openRequests: requests.length,
      byPillar: coverage(
        EXPERT_PILLARS,
        profiles.map((p) => codesOf(p.pillars)),
        requests.map((r) => r.pillar),
      ),
      byLanguage: coverage(
        languages,
        profiles.map((p) => codesOf(p.languages)),
        requests.map((r) => r.language),
      ),
      byRegion: coverage(
        EXPERIENCE_REGIONS,
        profiles.map((p) => codesOf(p.regions)),
        requests.map((r) => r.un_region ?? ''),
      ),
      hours,
    };
  }

  /** Hours per expert per year, from the mentoring log (the year of each session's day). */
  async hoursRows(expertId?: number): Promise<HoursRow[]> {
    const q = (name: string) => this.dataSource.driver.escape(name);
    const rows = await this.dataSource.query<
      {
        expert_id: number;
        name: string;
        year: string;
        minutes: number | string;
        sessions: number | string;
      }[]
    >(
      `SELECT e.expert_id, u.name, SUBSTR(s.held_on, 1, 4) AS year, SUM(s.minutes) AS minutes, ` +
        `COUNT(*) AS sessions FROM ${q('expert_session')} s ` +
        `JOIN ${q('expert_engagement')} e ON e.id = s.engagement_id ` +
        `JOIN ${q('user')} u ON u.id = e.expert_user_id ` +
        (expertId === undefined ? '' : `WHERE e.expert_id = ? `) +
        `GROUP BY e.expert_id, u.name, SUBSTR(s.held_on, 1, 4) ORDER BY year DESC, u.name`,
      expertId === undefined ? [] : [expertId],
    );
    return rows.map((row) => ({
      expertId: Number(row.expert_id),
      name: row.name,
      year: Number(row.year),
      hours: hoursOf(Number(row.minutes)),
      sessions: Number(row.sessions),
    }));
  }

  /** The expert's own sessions (all years, or one), for their record. Experts only. */
  async ownLines(actor: Actor, year?: number): Promise<HoursLine[]> {
    const user = userOf(actor);
    if (user.role !== 'expert') throw new ForbiddenException();
    const q = (name: string) => this.dataSource.driver.escape(name);
    const rows = await this.dataSource.query<
      { held_on: string; name: string; topic: string; topics: string; minutes: number | string }[]
    >(
      `SELECT s.held_on, o.name, r.topic, s.topics, s.minutes FROM ${q('expert_session')} s ` +
        `JOIN ${q('expert_engagement')} e ON e.id = s.engagement_id ` +
        `JOIN ${q('expert_request')} r ON r.id = e.request_id ` +
        `JOIN ${q('organisation')} o ON o.id = e.state_id ` +
        `WHERE e.expert_user_id = ? ${year === undefined ? '' : 'AND s.held_on LIKE ? '}` +
        `ORDER BY s.held_on, s.id`,
      year === undefined ? [user.id] : [user.id, `${year}-%`],
    );
    return rows.map((row) => ({
      heldOn: row.held_on,
      state: row.name,
      topic: row.topic,
      topics: row.topics,
      hours: hoursOf(Number(row.minutes)),
    }));
  }

  /** The CSV of the expert's hours: one line per session, then the total. */
  async ownCsv(actor: Actor, year?: number): Promise<string> {
    const lines = await this.ownLines(actor, year);
    const header = ['date', 'state', 'request', 'topics', 'hours'];
    const body = lines.map((line) =>
      [line.heldOn, line.state, line.topic, line.topics, line.hours].map(csvField).join(','),
    );
    const total = Math.round(lines.reduce((sum, line) => sum + line.hours, 0) * 100) / 100;
    return [header.join(','), ...body, ['total', '', '', '', total].map(csvField).join(',')]
      .map((line) => `${line}\r\n`)
      .join('');
  }
}
