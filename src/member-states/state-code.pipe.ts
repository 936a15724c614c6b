import { NotFoundException, type PipeTransform } from '@nestjs/common';

/**
 * `/states/:code`: an ISO 3166-1 alpha-3 code, any case. Anything else is a page that does
 * not exist (404), like a code no State has.
 */
export class StateCodePipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!/^[A-Za-z]{3}$/.test(value)) throw new NotFoundException();
    return value.toUpperCase();
  }
}
