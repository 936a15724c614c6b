import { Transform } from 'class-transformer';
import { Matches } from 'class-validator';
import { VettingListQuery } from './vetting-list.query';

/** Most rows one live request fetches (a burst of hits comes in several). */
export const MAX_ROW_IDS = 50;

/**
 * The rows the vetting page's script asks for after `screening.hits`: hit ids, with the page's
 * own filters, so only rows that belong on the page come back.
 */
export class VettingRowsQuery extends VettingListQuery {
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @Matches(new RegExp(`^\\d{1,9}(?:,\\d{1,9}){0,${MAX_ROW_IDS - 1}}$`), {
    message: 'vetting.filterInvalid',
  })
  ids!: string;
}
