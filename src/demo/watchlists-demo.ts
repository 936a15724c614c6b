import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { actorFor } from '../common/actor/actor';
import type { CliIo } from '../cli/cli-command';
import { PiuAnalystsService } from '../piu-analysts/piu-analysts.service';
import { Watchlist } from '../piu/watchlists/watchlist.entity';
import { WatchlistLoaderService } from '../piu/watchlists/watchlist-loader.service';
import { WatchlistsService } from '../piu/watchlists/watchlists.service';
import { loadNationalList } from '../screening/watchlists/national-list-importer';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

const ANALYST = 'analyst.kenya@demo.example.org';
const FOCAL_POINT = 'focal.kenya@demo.example.org';
const LIST_NAME = 'Kenya national security list';

const HEADER =
  'id,surname,given_names,date_of_birth,nationality,gender,document_number,document_type,document_country,category,severity,aliases';

/**
 * Two versions of a national list, written here (every name invented): the second changes one
 * entry field by field, drops one and adds one, so the report and the diff have something to
 * show.
 */
const VERSIONS = [
  [
    HEADER,
    'KE-NAT-001,ODHIAMBRE,Kelvar Amos,1978-03-14,KEN,M,A9021734,P,KEN,terrorism,high,Kel ODHIAMBRE',
    'KE-NAT-002,SALWENI,Marisol,1986-11-02,SOM,F,,,,terrorism financing,medium,',
    'KE-NAT-003,TRUVANKO,Dario Besh,1991,UGA,M,,,,organised crime,medium,',
    'KE-NAT-004,ELMARQ,Yusra Halden,1983-07-21,ETH,F,E5566102,P,ETH,terrorism,critical,Y. ELMARQ',
  ],
  [
    HEADER,
    'KE-NAT-001,ODHIAMBRE,Kelvar Amos,1978-03-15,KEN,M,A9021734,P,KEN,terrorism,critical,Kel ODHIAMBRE;Kelvar ODHIAMBREH',
    'KE-NAT-003,TRUVANKO,Dario Besh,1991,UGA,M,,,,organised crime,medium,',
    'KE-NAT-004,ELMARQ,Yusra Halden,1983-07-21,ETH,F,E5566102,P,ETH,terrorism,critical,Y. ELMARQ',
    'KE-NAT-005,VORHANDI,Teodor Rask,1975-01-09,TZA,M,T3310987,P,TZA,terrorism,high,',
  ],
].map((rows) => `${rows.join('\n')}\n`);

/**
 * The Kenyan PIU's demo: the focal point makes the demo analyst a supervisor of the PIU (as they
 * would on the PIU analysts page), and the analyst loads the two versions of a national list
 * through the same services as the lists page.
 */
export async function seedDemoWatchlists(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const users = app.get(UsersService);
  const analystRow = await dataSource.getRepository(User).findOneBy({ email: ANALYST });
  const focalRow = await dataSource.getRepository(User).findOneBy({ email: FOCAL_POINT });
  if (!analystRow || !focalRow) return;
  const focalPoint = await users.findAuthenticated(focalRow.id);
  if (!focalPoint) return;
  await app
    .get(PiuAnalystsService)
    .setSupervisor(actorFor(focalPoint), analystRow.id, true, 'seed:demo');
  const analyst = await users.findAuthenticated(analystRow.id);
  if (!analyst?.stateId) return;
  const lists = dataSource.getRepository(Watchlist);
  if (await lists.existsBy({ stateId: analyst.stateId, name: LIST_NAME })) {
    io.stdout.write(`Watchlist "${LIST_NAME}": already there\n`);
    return;
  }
  const actor = actorFor(analyst);
  const list = await app.get(WatchlistsService).create(actor, { kind: 'csv', name: LIST_NAME });
  const folder = mkdtempSync(join(tmpdir(), 'cttp-demo-list-'));
  try {
    for (const [index, content] of VERSIONS.entries()) {
      const name = `kenya-national-v${index + 1}.csv`;
      const path = join(folder, name);
      writeFileSync(path, content);
      const version = loadNationalList(path);
      version.source = name;
      await app.get(WatchlistLoaderService).load(actor, list, version, {
        name,
        sha256: createHash('sha256').update(content).digest('hex'),
        size: Buffer.byteLength(content),
      });
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  io.stdout.write(`Watchlist "${LIST_NAME}": 2 versions, ${ANALYST} is a PIU supervisor\n`);
}
