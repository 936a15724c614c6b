import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, type Repository } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { userOf, type Actor } from '../../common/actor/actor';
import { FormError } from '../../common/forms/form-error';
import { RowAccess } from '../../common/visibility/row-access';
import { Clock } from '../../jobs/clock';
import { Organisation } from '../../organisations/organisation.entity';
import { requirePiuSupervisor, stateOf } from '../work-purpose/supervisor';
import { KeyedHashes } from '../protection/keyed-hashes';
import { isCarrierApiKeyShape, newCarrierApiKey } from './carrier-api-key';
import { CarrierKey } from './carrier-key.entity';
import { Carrier } from './carrier.entity';
import type { CarrierFormDto } from './dto/carrier-form.dto';
import type { KeyFormDto } from './dto/key-form.dto';

/** A key that opened the API: whose, for which carrier and State. */
export interface KeyHolder {
  keyId: number;
  carrierId: number;
  stateId: number;
  stateCode: string;
}

/** Last use is written at most this often per key (and whenever the address changes). */
const LAST_USE_PRECISION_MS = 60_000;

/**
 * A State's carriers and their API keys. Every analyst of the State sees them; only PIU
 * supervisors add carriers and issue or revoke keys. Another State's carrier or key is 404.
 */
@Injectable()
export class CarriersService {
  constructor(
    @InjectRepository(Carrier) private readonly carriers: Repository<Carrier>,
    @InjectRepository(CarrierKey) private readonly keys: Repository<CarrierKey>,
    @InjectRepository(Organisation) private readonly organisations: Repository<Organisation>,
    private readonly hashes: KeyedHashes,
    private readonly rows: RowAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(actor: Actor): Promise<Carrier[]> {
    return this.carriers.find({ where: { stateId: stateOf(actor) }, order: { code: 'ASC' } });
  }

  async add(actor: Actor, form: CarrierFormDto): Promise<Carrier> {
    requirePiuSupervisor(actor);
    const stateId = stateOf(actor);
    if (await this.carriers.existsBy({ stateId, code: form.code }))
      throw new FormError({ code: ['ingestion.carriers.codeTaken'] });
    const carrier = await this.carriers.save({
      stateId,
      kind: form.kind,
      code: form.code,
      name: form.name,
    });
    await this.audit.record(actor, {
      action: 'screening.carrier-added',
      targetType: 'carrier',
      targetId: carrier.id,
      details: { code: carrier.code },
    });
    return carrier;
  }

  /** One carrier of the actor's State, or 404 (audited) for any other. */
  async find(actor: Actor, id: number): Promise<Carrier> {
    const carrier = Number.isSafeInteger(id)
      ? await this.carriers.findOneBy({ id, stateId: stateOf(actor) })
      : null;
    return this.rows.scoped(actor, { type: 'carrier', id }, carrier);
  }

  keysOf(actor: Actor, carrierId: number): Promise<CarrierKey[]> {
    return this.keys.find({
      where: { carrierId, stateId: stateOf(actor) },
      order: { issuedAt: 'DESC' },
    });
  }

  /** Issues a key: the key itself is returned here, once, and never stored. */
  async issue(
    actor: Actor,
    carrierId: number,
    form: KeyFormDto,
  ): Promise<{ key: string; row: CarrierKey }> {
    const carrier = await this.find(actor, carrierId);
    requirePiuSupervisor(actor);
    const { key, prefix } = newCarrierApiKey();
    const row = await this.keys.save({
      stateId: carrier.stateId,
      carrierId: carrier.id,
      prefix,
      keyHash: this.hashes.apiKey(key),
      label: form.label ?? '',
      issuedById: userOf(actor).id,
      issuedAt: new Date(this.clock.now()),
    });
    await this.audit.record(actor, {
      action: 'screening.carrier-key-issued',
      targetType: 'carrier-key',
      targetId: row.id,
      details: { carrier: carrier.code, prefix },
    });
    return { key, row };
  }

  async revoke(actor: Actor, carrierId: number, keyId: number): Promise<CarrierKey> {
    const carrier = await this.find(actor, carrierId);
    const key = Number.isSafeInteger(keyId)
      ? await this.keys.findOneBy({ id: keyId, carrierId: carrier.id, stateId: carrier.stateId })
      : null;
    const row = await this.rows.scoped(actor, { type: 'carrier-key', id: keyId }, key);
    requirePiuSupervisor(actor);
    if (row.revokedAt) return row;
    const result = await this.keys.update(
      { id: row.id, revokedAt: IsNull() },
      { revokedAt: new Date(this.clock.now()), revokedById: userOf(actor).id },
    );
    if (result.affected)
      await this.audit.record(actor, {
        action: 'screening.carrier-key-revoked',
        targetType: 'carrier-key',
        targetId: row.id,
        details: { carrier: carrier.code, prefix: row.prefix },
      });
    return row;
  }

  /**
   * The holder of a key presented to the API, or null for a missing, malformed, unknown or
   * revoked key. Records the key's last use (time and address).
   */
  async authenticate(key: string | null, ip: string | null): Promise<KeyHolder | null> {
    if (!key || !isCarrierApiKeyShape(key)) return null;
    const row = await this.keys.findOneBy({ keyHash: this.hashes.apiKey(key) });
    if (!row || row.revokedAt) return null;
    const state = await this.organisations.findOneByOrFail({ id: row.stateId });
    const now = this.clock.now();
    if (
      !row.lastUsedAt ||
      now - row.lastUsedAt.getTime() >= LAST_USE_PRECISION_MS ||
      row.lastUsedIp !== ip
    ) {
      await this.keys.update({ id: row.id }, { lastUsedAt: new Date(now), lastUsedIp: ip });
    }
    return { keyId: row.id, carrierId: row.carrierId, stateId: row.stateId, stateCode: state.code };
  }
}
