import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CliIo } from '../cli/cli-command';
import { Organisation } from '../organisations/organisation.entity';
import { isCarrierApiKeyShape, newCarrierApiKey } from '../piu/ingestion/carrier-api-key';
import { CarrierKey } from '../piu/ingestion/carrier-key.entity';
import { Carrier } from '../piu/ingestion/carrier.entity';
import { IngestionService, type Delivery } from '../piu/ingestion/ingestion.service';
import { KeyedHashes } from '../piu/protection/keyed-hashes';
import { paxlst, pnrgov, syntheticTravellers, type SyntheticTraveller } from './synthetic-messages';

/**
 * The screening demo for Kenya's PIU: two carriers, a key (printed once, like the passwords),
 * and a handful of synthetic messages: the PNR and the manifest of three flights (with
 * travellers the demo's national list names), one that fails, one multi-part message waiting
 * for its second part. The portal screens them when it runs (the pipeline's sweep takes what
 * is pending, at start and every five minutes). Runs once: a State that has carriers already is
 * left alone.
 */
export async function seedScreeningDemo(app: INestApplicationContext, io: CliIo): Promise<void> {
  const dataSource = app.get(DataSource);
  const kenya = await dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
  const carriers = dataSource.getRepository(Carrier);
  if (await carriers.existsBy({ stateId: kenya.id })) {
    io.stdout.write('\nScreening: carriers already there\n');
    return;
  }
  const airline = await carriers.save({
    stateId: kenya.id,
    kind: 'airline',
    code: 'KQ',
    name: 'Kilimanjaro Skyways (demo)',
  });
  await carriers.save({
    stateId: kenya.id,
    kind: 'ship-operator',
    code: 'MSO',
    name: 'Mombasa Sea Lines (demo)',
  });
  const { key, prefix } = newCarrierApiKey();
  if (!isCarrierApiKeyShape(key)) throw new Error('bad demo key');
  await dataSource.getRepository(CarrierKey).save({
    stateId: kenya.id,
    carrierId: airline.id,
    prefix,
    keyHash: app.get(KeyedHashes).apiKey(key),
    label: 'demo',
    issuedAt: new Date(),
  });
  const ingestion = app.get(IngestionService);
  const delivery: Delivery = {
    stateId: kenya.id,
    stateCode: 'KEN',
    source: 'api',
    carrierId: airline.id,
    keyId: null,
    uploaderId: null,
  };
  const tomorrow = new Date(Date.now() + 86_400_000);
  const day = tomorrow.toISOString().slice(0, 10).replace(/-/g, '');
  const voyage = (flight: string, from: string) => ({
    carrier: 'KQ',
    flight,
    from,
    to: 'KENBO',
    departure: `${day}0830`,
    arrival: `${day}1745`,
  });
  let stored = 0;
  // A few travellers the demo's national list names (watchlists-demo.ts), so that the PIU's
  // vetting list has hits on a first visit: a passport on the list, a name as listed, a name
  // misspelt.
  const aboard: Record<string, SyntheticTraveller[]> = {
    GBLHR: [
      {
        surname: 'ODHIAMBRE',
        givenNames: 'KELVAR AMOS',
        birth: '780315',
        nationality: 'KEN',
        document: 'A9021734',
      },
    ],
    NLAMS: [{ surname: 'ELMARQ', givenNames: 'YUSRA HALDEN', birth: '830721', nationality: 'ETH' }],
    AEDXB: [{ surname: 'VORHANDY', givenNames: 'TEODOR', nationality: 'TZA' }],
  };
  for (const [index, origin] of ['GBLHR', 'NLAMS', 'AEDXB'].entries()) {
    const travellers = syntheticTravellers(12 + index * 5, index * 20);
    travellers.splice(index + 2, 0, ...aboard[origin]);
    const flight = voyage(String(101 + index), origin);
    // The booking side first (PNRGOV, days ahead), then the manifest at check-in: screening
    // joins them into one traveller each.
    await ingestion.receive(
      Buffer.from(
        pnrgov({
          ...flight,
          from: origin.slice(2),
          to: 'NBO',
          reference: `DEMOPNR${index}`,
          bookings: travellers.map((traveller, n) => ({
            locator: `DM${index}${String(n).padStart(3, '0')}`,
            travellers: [{ ...traveller, document: undefined }],
          })),
        }),
      ),
      delivery,
    );
    await ingestion.receive(
      Buffer.from(paxlst({ ...flight, reference: `DEMO${index}`, travellers })),
      delivery,
    );
    stored += 2;
  }
  await ingestion.receive(
    Buffer.from(
      // A carrier's test system sending its XML manifest instead of EDIFACT: refused by the
      // parser, stored with its error for the analyst to see.
      '<?xml version="1.0"?><manifest carrier="KQ" flight="104"><passenger/></manifest>',
    ),
    delivery,
  );
  await ingestion.receive(
    Buffer.from(
      paxlst({
        ...voyage('110', 'ZAJNB'),
        reference: 'DEMOP1',
        travellers: syntheticTravellers(8, 70),
        part: { sequence: 1, final: false },
      }),
    ),
    delivery,
  );
  io.stdout.write(
    `\nScreening (KEN): carriers KQ and MSO, ${stored + 2} messages (one failed, one waiting for its second part), screened when the portal runs\n`,
  );
  io.stdout.write(`KQ's API key (shown once): ${key}\n`);
}
