import { Injectable } from '@nestjs/common';
import type { Actor } from '../../common/actor/actor';
import { isPiuSupervisor, stateOf } from '../work-purpose/supervisor';
import { CarrierDashboardService, DASHBOARD_DAYS } from './carrier-dashboard.service';
import { CARRIER_KINDS } from './carrier.entity';
import { CarriersService } from './carriers.service';
import type { KeyFormDto } from './dto/key-form.dto';
import { MessagesViewsService } from './messages-views.service';

/** The carriers pages' view models: the list, one carrier (keys and dashboard), a new key. */
@Injectable()
export class CarriersViewsService {
  constructor(
    readonly carriers: CarriersService,
    private readonly dashboard: CarrierDashboardService,
    private readonly messages: MessagesViewsService,
  ) {}

  async listModel(actor: Actor, values: Record<string, unknown>) {
    const carriers = await this.carriers.list(actor);
    const since = new Date(Date.now() - (DASHBOARD_DAYS - 1) * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const counts = new Map(
      (
        await this.messages.countsByCarrier(
          stateOf(actor),
          carriers.map((c) => c.id),
          since,
        )
      ).map((row) => [Number(row.carrierId), Number(row.count)]),
    );
    return {
      pageTitle: { key: 'ingestion.carriers.title' },
      supervisor: isPiuSupervisor(actor),
      carriers: carriers.map((carrier) => ({
        href: `/screening/carriers/${carrier.id}`,
        code: carrier.code,
        name: carrier.name,
        kindKey: `ingestion.carriers.kind.${carrier.kind}`,
        messages: counts.get(carrier.id) ?? 0,
      })),
      kinds: CARRIER_KINDS,
      values,
    };
  }

  async carrierModel(actor: Actor, id: number, values: Record<string, unknown>) {
    const carrier = await this.carriers.find(actor, id);
    const keys = await this.carriers.keysOf(actor, carrier.id);
    return {
      pageTitle: { key: 'ingestion.carrier.title', params: { code: carrier.code } },
      carrier: {
        id: carrier.id,
        code: carrier.code,
        name: carrier.name,
        kindKey: `ingestion.carriers.kind.${carrier.kind}`,
        messagesHref: `/screening/messages?carrier=${carrier.id}`,
      },
      supervisor: isPiuSupervisor(actor),
      keys: keys.map((key) => ({
        prefix: key.prefix,
        label: key.label,
        issuedAt: key.issuedAt,
        revokedAt: key.revokedAt,
        lastUsedAt: key.lastUsedAt,
        lastUsedIp: key.lastUsedIp,
        active: key.revokedAt === null,
        revokeAction: `/screening/carriers/${carrier.id}/keys/${key.id}/revoke`,
      })),
      keysInUse: keys.filter((key) => key.revokedAt === null).length,
      figures: await this.dashboard.figures(carrier.stateId, carrier.id),
      days: DASHBOARD_DAYS,
      values,
    };
  }

  async issueModel(actor: Actor, carrierId: number, form: KeyFormDto) {
    const { key, row } = await this.carriers.issue(actor, carrierId, form);
    const carrier = await this.carriers.find(actor, carrierId);
    return {
      pageTitle: { key: 'ingestion.keys.issuedTitle' },
      key,
      prefix: row.prefix,
      label: row.label,
      carrier: {
        code: carrier.code,
        name: carrier.name,
        href: `/screening/carriers/${carrier.id}`,
      },
    };
  }
}
