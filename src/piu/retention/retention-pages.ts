import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { DEFAULT_ALERT_THRESHOLD } from '../../screening/matching/match-thresholds';
import type { Analyst } from '../work-purpose/analyst';
import { isPiuSupervisor, requirePiuSupervisor } from '../work-purpose/supervisor';
import type { TravellerSearchQuery } from './dto/traveller-search.query';
import { JUSTIFICATION_MIN, type ReidentifyInput } from './reidentification';
import { REIDENTIFY_LIMIT, type ReidentifiedRecord } from './reidentification.service';
import { DEFAULT_RETENTION, RETENTION_FIELDS, RETENTION_LIMITS } from './retention-limits';
import { RetentionSettingsService } from './retention-settings.service';
import { SEARCH_WINDOW_DAYS, TravellerSearchService } from './traveller-search.service';

/** The view models of the retention pages: settings, re-identification, name search. */
@Injectable()
export class RetentionPages {
  constructor(
    private readonly settings: RetentionSettingsService,
    private readonly search: TravellerSearchService,
  ) {}

  /** The periods in force and the last run for every analyst; the form for supervisors. */
  async settingsPage(actor: Actor) {
    const retention = await this.settings.view(actor);
    return {
      pageTitle: { key: 'retention.title' },
      // Not `settings`: Express reads that name in a view's options.
      retention,
      supervisor: isPiuSupervisor(actor),
      limits: RETENTION_LIMITS,
      defaults: DEFAULT_RETENTION,
      values: Object.fromEntries(
        RETENTION_FIELDS.map((field) => [field, String(retention[field])]),
      ),
    };
  }

  /** The form (supervisors only), with what was typed and, after a search, what it found. */
  reidentifyPage(actor: Actor, values: ReidentifyInput = {}, found?: ReidentifiedRecord[]) {
    requirePiuSupervisor(actor);
    return {
      pageTitle: { key: 'retention.reidentify.title' },
      values: { by: 'document', ...values },
      byOptions: (['document', 'name'] as const).map((by) => ({
        value: by,
        labelKey: `retention.reidentify.by.${by}`,
        selected: (values.by ?? 'document') === by,
      })),
      justificationMin: JUSTIFICATION_MIN,
      limit: REIDENTIFY_LIMIT,
      atLimit: found !== undefined && found.length >= REIDENTIFY_LIMIT,
      results: found && {
        length: found.length,
        items: found.map((record) => ({
          ...record,
          roleKey: `retention.role.${record.role}`,
          matchedKey: `retention.reidentify.matched.${record.matched}`,
          hits: record.hits.map((hit) => ({
            kindKey: `retention.hit.kind.${hit.kind}`,
            statusKey: `retention.hit.status.${hit.status}`,
          })),
        })),
      },
    };
  }

  /** The search form, and the ranked travellers once a name is given (an audited read). */
  async searchPage(analyst: Analyst, query: TravellerSearchQuery) {
    const window = this.search.defaultWindow();
    const asked = { from: query.from ?? window.from, to: query.to ?? window.to };
    const base = this.searchForm({ ...query, ...asked });
    if (!query.name) return base;
    const found = await this.search.search(analyst, query.name, asked, query.born);
    return {
      ...base,
      results: {
        length: found.travellers.length,
        searched: found.searched,
        items: found.travellers.map((result) => ({
          ...result,
          strong: result.score >= DEFAULT_ALERT_THRESHOLD,
        })),
      },
    };
  }

  /** The search form with these values (also the page a refused search is drawn on). */
  searchForm(query: Partial<Record<keyof TravellerSearchQuery, string>>) {
    const window = this.search.defaultWindow();
    return {
      pageTitle: { key: 'retention.search.title' },
      windowDays: SEARCH_WINDOW_DAYS,
      query: { from: window.from, to: window.to, ...query },
    };
  }
}
