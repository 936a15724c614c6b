import { Transform, Type } from 'class-transformer';
import { trimmed } from './trimmed';
import { IsIn, IsInt, IsNotEmpty, IsString, MaxLength, Min } from 'class-validator';
import { WATCH_LEVELS, type WatchLevel } from '../forum/forum-watch.entity';

/** A new IWG: its region and name (staff). */
export class CreateIwgDto {
  @Type(() => Number)
  @IsInt({ message: 'iwg.regionInvalid' })
  @Min(1, { message: 'iwg.regionInvalid' })
  regionId!: number;

  @Transform(trimmed)
  @MaxLength(200, { message: 'iwg.nameTooLong' })
  @IsNotEmpty({ message: 'iwg.nameMissing' })
  @IsString({ message: 'iwg.nameMissing' })
  name!: string;
}

/** A new name for an IWG (staff). */
export class RenameIwgDto {
  @Transform(trimmed)
  @MaxLength(200, { message: 'iwg.nameTooLong' })
  @IsNotEmpty({ message: 'iwg.nameMissing' })
  @IsString({ message: 'iwg.nameMissing' })
  name!: string;
}

/** A governance position (`chair` or `co-chair:<pillar>`) and the State that holds it. */
export class SetPositionDto {
  @IsNotEmpty({ message: 'iwg.positionInvalid' })
  @IsString({ message: 'iwg.positionInvalid' })
  position!: string;

  /** An ISO alpha-3 code of a State of the region; empty leaves the position open. */
  @IsString({ message: 'iwg.stateInvalid' })
  state!: string;
}

/** A person to add to the secretariat (staff) or invite as a guest (partners, experts). */
export class AddParticipantDto {
  @IsIn(['secretariat', 'guest'], { message: 'iwg.participantKindInvalid' })
  kind!: 'secretariat' | 'guest';

  @MaxLength(254, { message: 'iwg.emailUnknown' })
  @IsNotEmpty({ message: 'iwg.emailMissing' })
  @IsString({ message: 'iwg.emailMissing' })
  email!: string;
}

/** A watching level for an IWG, a category or a thread. */
export class WatchDto {
  @IsIn(WATCH_LEVELS, { message: 'forum.watch.invalid' })
  level!: WatchLevel;
}

/** Close (`on`) or open again (`off`). */
export class CloseIwgDto {
  @IsIn(['on', 'off'], { message: 'iwg.closeInvalid' })
  closed!: 'on' | 'off';
}
