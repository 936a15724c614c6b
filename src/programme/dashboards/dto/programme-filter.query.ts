import { Transform } from 'class-transformer';
import { IsIn, IsOptional } from 'class-validator';
import { emptyAsUndefined } from '../../../common/lists/filters';
import { UN_REGIONS } from '../../../member-states/data/un-member-states';
import { PILLARS } from '../../../organisations/pillars';

/**
 * `/programme?region=Africa&pillar=piu`, and the same on the exports: both optional. The region
 * narrows the States (counts, map, steps); the pillar narrows the roadmap figures.
 */
export class ProgrammeFilterQuery {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(UN_REGIONS, { message: 'programme.filter.invalid' })
  region?: string;

  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(PILLARS.map((pillar) => pillar.code), { message: 'programme.filter.invalid' })
  pillar?: string;
}

export const PROGRAMME_FILTERS = ['region', 'pillar'] as const;
