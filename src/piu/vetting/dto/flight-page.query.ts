import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { PagedQueryDto } from '../../../common/lists/paged-query.dto';

export const FLIGHT_PAGE_FILTERS = ['travellers'] as const;

/** A flight's page: its travellers, all or only those with hits, paged. */
export class FlightPageQuery extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(['with-hits'], { message: 'vetting.filterInvalid' })
  travellers?: 'with-hits';
}
