import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Controller, Get, Header } from '@nestjs/common';
import { Public } from '../common/auth/public.decorator';

/** The socket.io browser client of the installed server version, read once. */
// The package's exports hide client-dist/ from require.resolve; it sits beside dist/.
const CLIENT = readFileSync(
  join(dirname(require.resolve('socket.io')), '..', 'client-dist', 'socket.io.min.js'),
  'utf8',
);

/**
 * Serves the socket.io browser client next to the portal's own scripts (the live server does
 * not serve it, and the portal uses no CDN). Public like any asset: it is the library's code.
 */
@Controller('assets/js')
@Public()
export class LiveClientAssetController {
  @Get('socket.io.min.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=3600')
  client(): string {
    return CLIENT;
  }
}
