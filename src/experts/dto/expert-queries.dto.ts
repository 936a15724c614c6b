import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { emptyAsUndefined } from '../../common/lists/filters';
import { optionalNumber } from './optional-number';
import { EXPERT_STATUSES, REQUEST_STATUSES } from '../expert-vocabulary';

export class PoolQuery {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(EXPERT_STATUSES, { message: 'experts.form.choiceInvalid' })
  status?: string;
}

export class RequestsQuery {
  @IsOptional()
  @Transform(emptyAsUndefined)
  @IsIn(REQUEST_STATUSES, { message: 'experts.form.choiceInvalid' })
  status?: string;
}

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
