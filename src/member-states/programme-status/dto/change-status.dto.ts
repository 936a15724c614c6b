import { IsIn } from 'class-validator';
import { STATUS_CHOICES, type StatusChoice } from './member-state-filter.dto';

/** A State's new programme status; `none` takes it out of the programme. */
export class ChangeStatusDto {
  @IsIn(STATUS_CHOICES, { message: 'admin.states.statusInvalid' })
  status!: StatusChoice;
}
