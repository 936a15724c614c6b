import { commandRegistry } from '../src/cli/command-registry';
import { paxlst, syntheticTravellers } from '../src/demo/synthetic-messages';
import { Organisation } from '../src/organisations/organisation.entity';
import { IngestionService } from '../src/piu/ingestion/ingestion.service';
import { RawChunk } from '../src/piu/ingestion/raw-chunk.entity';
import { RawMessageStore } from '../src/piu/ingestion/raw-message-store';
import { ScreeningMessagePart } from '../src/piu/ingestion/screening-message-part.entity';
import { PersonalDataCipher } from '../src/piu/protection/personal-data-cipher';
import { runCaptured } from './support/run-captured';
import { startTestApp, type TestApp } from './support/test-app';

const OLD = 'the-old-encryption-key-of-this-installation-0001';
const NEW = 'the-new-encryption-key-of-this-installation-0002';

describe('screening:reencrypt (rotating ENCRYPTION_KEY)', () => {
  let t: TestApp;
  const saved = { ...process.env };

  beforeAll(async () => {
    t = await startTestApp({ ENCRYPTION_KEY: OLD });
  });
  afterAll(async () => {
    process.env = saved;
    await t.close();
  });

  it('seals every raw message again under the new key, readable with it alone', async () => {
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const ingestion = t.app.get(IngestionService);
    for (const reference of ['K1', 'K2', 'K3'])
      await ingestion.receive(
        Buffer.from(
          paxlst({
            carrier: 'KQ',
            flight: '9',
            from: 'GBLHR',
            to: 'KEMBA',
            departure: '202603011200',
            arrival: '202603012100',
            travellers: [
              { surname: 'TREGARTHEN', givenNames: 'MORWENNA' },
              ...syntheticTravellers(2),
            ],
            reference,
          }),
        ),
        {
          stateId: kenya.id,
          stateCode: 'KEN',
          source: 'upload',
          carrierId: null,
          keyId: null,
          uploaderId: null,
        },
      );
    const parts = t.dataSource.getRepository(ScreeningMessagePart);
    const oldId = new PersonalDataCipher(OLD).currentKeyId;
    const newId = new PersonalDataCipher(NEW).currentKeyId;
    expect(await parts.countBy({ rawKeyId: oldId })).toBe(3);

    Object.assign(process.env, {
      DATABASE_URL: t.config.database.url,
      DATA_DIR: t.config.dataDir,
      ENCRYPTION_KEY: NEW,
      ENCRYPTION_KEYS_PREVIOUS: OLD,
    });
    const run = await runCaptured(['screening:reencrypt'], commandRegistry);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`under key ${newId}: 3`);
    expect(run.stdout).toContain('left under an earlier key: 0');
    expect(await parts.countBy({ rawKeyId: newId })).toBe(3);

    const chunks = t.dataSource.getRepository(RawChunk);
    const withNewKeyOnly = new RawMessageStore(new PersonalDataCipher(NEW), chunks);
    const withOldKeyOnly = new RawMessageStore(new PersonalDataCipher(OLD), chunks);
    for (const part of await parts.find()) {
      expect((await withNewKeyOnly.read(part)).toString()).toContain('TREGARTHEN:MORWENNA');
      await expect(withOldKeyOnly.read(part)).rejects.toThrow(/ENCRYPTION_KEYS_PREVIOUS/);
    }
    // Again: nothing left to do.
    expect((await runCaptured(['screening:reencrypt'], commandRegistry)).stdout).toContain(': 0\n');
  });
});
