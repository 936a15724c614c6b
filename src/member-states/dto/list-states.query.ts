import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { UN_REGIONS } from '../data/un-member-states';
import { PROGRAMME_STATUSES } from '../../organisations/organisation.entity';

/** "" from an untouched select means "any". */
function emptyAsUndefined({ value }: { value: unknown }): unknown {
  return value === '' ? undefined : value;
}

/** `/states?region=Africa&status=implementing`: both optional; `none` = not in the programme. */
export class ListStatesQuery {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(UN_REGIONS, { message: 'states.filter.invalid' })
  region?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn([...PROGRAMME_STATUSES, 'none'], { message: 'states.filter.invalid' })
  status?: string;
}
