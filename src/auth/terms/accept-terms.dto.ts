import { Equals } from 'class-validator';

/** The terms checkbox: browsers send "on" when it is ticked and nothing otherwise. */
export class AcceptTermsDto {
  @Equals('on', { message: 'terms.mustAccept' })
  accept!: string;
}
