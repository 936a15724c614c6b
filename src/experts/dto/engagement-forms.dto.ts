import { Transform, Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { trimmed } from '../../iwg/dto/trimmed';
import { PlainDateField } from './plain-date-field';

/** An empty form: the action is the whole meaning (accept, decline, confirm, close). */
export class EngagementActionDto {}

/** One mentoring session: hours as typed ("1.5"), resources as library links or ids. */
export class SessionFormDto {
  @PlainDateField()
  heldOn!: string;

  @Transform(trimmed)
  @MaxLength(500, { message: 'experts.session.topicsTooLong' })
  @IsNotEmpty({ message: 'experts.session.topicsMissing' })
  @IsString({ message: 'experts.session.topicsMissing' })
  topics!: string;

  @Transform(trimmed)
  @Matches(/^\d{1,2}([.,]\d{1,2})?$/, { message: 'experts.session.hoursInvalid' })
  hours!: string;

  @IsOptional()
  @MaxLength(1000, { message: 'experts.session.documentsInvalid' })
  @IsString({ message: 'experts.session.documentsInvalid' })
  documents?: string;
}

const RATING = [
  Type(() => Number),
  IsInt({ message: 'experts.feedback.ratingInvalid' }),
  Min(1, { message: 'experts.feedback.ratingInvalid' }),
  Max(5, { message: 'experts.feedback.ratingInvalid' }),
];
const rating = (): PropertyDecorator => (target, key) => RATING.forEach((d) => d(target, key));

/** The State's feedback on the expert (the four competencies) or the expert's on the engagement. */
export class FeedbackFormDto {
  @IsOptional()
  @rating()
  knowledge?: number;

  @IsOptional()
  @rating()
  communication?: number;

  @IsOptional()
  @rating()
  responsiveness?: number;

  @IsOptional()
  @rating()
  fit?: number;

  @IsOptional()
  @rating()
  rating?: number;

  @IsOptional()
  @IsIn(['yes', 'no'], { message: 'experts.feedback.againMissing' })
  again?: string;

  @IsOptional()
  @MaxLength(5000, { message: 'experts.feedback.commentTooLong' })
  @IsString({ message: 'experts.feedback.commentTooLong' })
  comment?: string;

  @IsOptional()
  @IsIn(['on'], { message: 'experts.form.choiceInvalid' })
  withhold?: string;
}

export class ReplyFormDto {
  @Transform(trimmed)
  @MaxLength(5000, { message: 'experts.feedback.commentTooLong' })
  @IsNotEmpty({ message: 'experts.feedback.replyMissing' })
  @IsString({ message: 'experts.feedback.replyMissing' })
  reply!: string;
}
