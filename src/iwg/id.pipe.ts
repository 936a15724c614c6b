import { NotFoundException, ParseIntPipe } from '@nestjs/common';

/** A row id from the path: anything but a whole number is a page that is not there (404). */
export const ID = new ParseIntPipe({ exceptionFactory: () => new NotFoundException() });
