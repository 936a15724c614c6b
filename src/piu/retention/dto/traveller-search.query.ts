import { Transform } from 'class-transformer';
import { IsOptional, Length, Matches } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';

/** `/screening/travellers?name=…&born=…&from=…&to=…`: no name, the form alone. */
export class TravellerSearchQuery {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/\p{L}/u, { message: 'retention.search.nameInvalid' })
  @Length(2, 100, { message: 'retention.search.nameInvalid' })
  name?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^\d{4}(-\d{2}-\d{2})?$/, { message: 'retention.search.bornInvalid' })
  born?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'retention.search.dateInvalid' })
  from?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'retention.search.dateInvalid' })
  to?: string;
}
