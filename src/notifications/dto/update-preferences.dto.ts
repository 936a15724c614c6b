import { Transform } from 'class-transformer';
import { IsIn } from 'class-validator';
import { asList } from '../../common/forms/form-values';
import { PILLARS } from '../../organisations/pillars';
import {
  DELIVERIES,
  DIGEST_FREQUENCIES,
  NOTIFICATION_TYPES,
  type Delivery,
  type DigestFrequency,
} from '../notification-types';

const delivery = { message: 'notifications.preferences.invalid' };

/**
 * The preferences form: one radio group per notification type (`delivery_<type>`, declared
 * below from NOTIFICATION_TYPES, so a new type needs no field here), and the digest. Every
 * group must be answered.
 */
export class UpdatePreferencesDto {
  [field: `delivery_${string}`]: Delivery;

  @IsIn(DIGEST_FREQUENCIES, delivery)
  digestFrequency!: DigestFrequency;

  /** The pillars whose new resources the member hears of wherever they are published. */
  @Transform(asList)
  @IsIn(PILLARS.map((pillar) => pillar.code), {
    each: true,
    message: 'notifications.preferences.pillarInvalid',
  })
  pillars: string[] = [];
}

// The whitelist keeps only decorated fields: every declared type gets its rule.
for (const { type } of NOTIFICATION_TYPES) {
  IsIn(DELIVERIES, delivery)(UpdatePreferencesDto.prototype, `delivery_${type}`);
}
