import { Transform } from 'class-transformer';
import { IsOptional, Matches } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { PagedQueryDto } from '../../../common/lists/paged-query.dto';

export const FLIGHT_FILTERS = ['on'] as const;

/** The flights page: a departure day (default: from 12 hours ago onward) and the page. */
export class FlightsQuery extends PagedQueryDto {
  /** `YYYY-MM-DD`: flights departing that day (local times, as the messages give them). */
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/, {
    message: 'vetting.flights.dateInvalid',
  })
  on?: string;
}
