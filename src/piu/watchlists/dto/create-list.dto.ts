import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, MaxLength } from 'class-validator';
import type { WatchlistKind } from '../../../screening/watchlists/watchlist-entry';
import { LIST_KINDS } from '../watchlist.entity';

/** A new list of the analyst's State: its kind (which importer reads it) and its name. */
export class CreateListDto {
  @IsIn(LIST_KINDS, { message: 'screening.lists.form.kindMissing' })
  kind!: WatchlistKind;

  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsNotEmpty({ message: 'screening.lists.form.nameMissing' })
  @MaxLength(120, { message: 'screening.lists.form.nameTooLong' })
  name!: string;
}
