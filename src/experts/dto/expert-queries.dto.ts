import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { PagedQueryDto, PageNumber } from '../../common/lists/paged-query.dto';
import { optionalNumber } from './optional-number';
import { EXPERT_STATUSES, REQUEST_STATUSES } from '../expert-vocabulary';

/**
 * `/experts`: for staff the pool (`status`, `page`); for an expert their current engagements
 * (`page`) and past ones (`pastPage`); for a State's members its requests (`page`) and
 * engagements (`engagementsPage`).
 */
export class PoolQuery extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(EXPERT_STATUSES, { message: 'experts.form.choiceInvalid' })
  status?: string;

  @PageNumber()
  pastPage?: number;

  @PageNumber()
  engagementsPage?: number;
}

export class RequestsQuery extends PagedQueryDto {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(REQUEST_STATUSES, { message: 'experts.form.choiceInvalid' })
  status?: string;
}

/** An expert's page for staff: the page of their engagements. */
export class ExpertPageQuery extends PagedQueryDto {}

export class RequestPageQuery {
  /** The expert a "Propose" link chose, preselected in the form. */
  @IsOptional()
  @Transform(optionalNumber)
  @IsInt({ message: 'experts.form.choiceInvalid' })
  expert?: number;
}

export class HoursQuery {
  @IsOptional()
  @Transform(optionalNumber)
  @IsInt({ message: 'experts.form.choiceInvalid' })
  @Min(2000, { message: 'experts.form.choiceInvalid' })
  @Max(2100, { message: 'experts.form.choiceInvalid' })
  year?: number;
}

/** The form opened from a roadmap step ("ask for an expert for this step"): the step filled in. */
export class NewRequestQuery {
  @IsOptional()
  @Transform(optionalNumber)
  @IsInt({ message: 'experts.request.stepInvalid' })
  step?: number;
}
