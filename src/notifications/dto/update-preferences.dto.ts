import { Transform } from 'class-transformer';
import { IsIn } from 'class-validator';
import { asList } from '../../common/forms/form-values';
import { PILLARS } from '../../organisations/pillars';
import {
  DELIVERIES,
  DIGEST_FREQUENCIES,
  type Delivery,
  type DigestFrequency,
} from '../notification-types';

const delivery = { message: 'notifications.preferences.invalid' };

/** The preferences form: one radio group per type, and the digest. Every group must be answered. */
export class UpdatePreferencesDto {
  @IsIn(DELIVERIES, delivery)
  delivery_mention!: Delivery;

  @IsIn(DELIVERIES, delivery)
  delivery_reply!: Delivery;

  @IsIn(DELIVERIES, delivery)
  'delivery_new-thread'!: Delivery;

  @IsIn(DELIVERIES, delivery)
  'delivery_new-resource'!: Delivery;

  @IsIn(DELIVERIES, delivery)
  delivery_meeting!: Delivery;

  @IsIn(DELIVERIES, delivery)
  'delivery_action-item'!: Delivery;

  @IsIn(DELIVERIES, delivery)
  delivery_review!: Delivery;

  @IsIn(DELIVERIES, delivery)
  delivery_message!: Delivery;

  @IsIn(DELIVERIES, delivery)
  delivery_document!: Delivery;

  @IsIn(DELIVERIES, delivery)
  delivery_engagement!: Delivery;

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
