import { ScreeningTraveller } from '../src/piu/pipeline/screening-traveller.entity';
import { travellerContext } from '../src/piu/pipeline/traveller-ledger';
import { screened } from './support/screening-fixture';
import { ScreeningMessage } from '../src/piu/ingestion/screening-message.entity';
import { commandRegistry } from '../src/cli/command-registry';
import { actorFor } from '../src/common/actor/actor';
import { RecoveryCodes } from '../src/auth/two-factor/recovery-codes';
import { SecretBox } from '../src/auth/two-factor/secret-box';
import { TwoFactorService } from '../src/auth/two-factor/two-factor.service';
import { RecoveryCode } from '../src/users/recovery-code.entity';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { createUser, totp } from './support/factories';
import { paxlst, syntheticTravellers } from '../src/demo/synthetic-messages';
import { Organisation } from '../src/organisations/organisation.entity';
import { IngestionService } from '../src/piu/ingestion/ingestion.service';
import { RawChunk } from '../src/piu/ingestion/raw-chunk.entity';
import { RawMessageStore } from '../src/piu/ingestion/raw-message-store';
import { ScreeningMessagePart } from '../src/piu/ingestion/screening-message-part.entity';
import { PersonalDataCipher } from '../src/piu/protection/personal-data-cipher';
import { hitEventContext, ScreeningHitEvent } from '../src/piu/hits/screening-hit-event.entity';
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
    // Screened on arrival: the flight's travellers recorded, their records sealed.
    const travellers = t.dataSource.getRepository(ScreeningTraveller);
    for (const message of await t.dataSource.getRepository(ScreeningMessage).find())
      await screened(t, message.id);
    const recorded = await travellers.count();
    expect(recorded).toBeGreaterThanOrEqual(3);
    const parts = t.dataSource.getRepository(ScreeningMessagePart);
    const oldId = new PersonalDataCipher(OLD).currentKeyId;
    const newId = new PersonalDataCipher(NEW).currentKeyId;
    expect(await parts.countBy({ rawKeyId: oldId })).toBe(3);

    // A hit's history note and escalation, sealed under the old key.
    const events = t.dataSource.getRepository(ScreeningHitEvent);
    const noteContext = hitEventContext({ stateId: kenya.id, hitId: 999 });
    const oldCipher = new PersonalDataCipher(OLD);
    await events.insert({
      hitId: 999,
      stateId: kenya.id,
      kind: 'escalated',
      at: new Date(),
      actorId: 1,
      fromStatus: 'confirmed',
      toStatus: 'escalated',
      note: oldCipher.sealText('Case 12, TREGARTHEN', noteContext),
      escalatedTo: oldCipher.sealText('Border police', noteContext),
    });

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
    expect(run.stdout).toContain(`traveller records and hit details sealed again: ${recorded}`);
    expect(run.stdout).toContain('hit notes and escalations sealed again: 2');
    const [event] = await events.findBy({ hitId: 999 });
    const newCipher = new PersonalDataCipher(NEW);
    expect(newCipher.openText(event.note!, noteContext)).toBe('Case 12, TREGARTHEN');
    expect(newCipher.openText(event.escalatedTo!, noteContext)).toBe('Border police');
    expect(await parts.countBy({ rawKeyId: newId })).toBe(3);
    for (const row of await travellers.find()) {
      const record = new PersonalDataCipher(NEW).openText(row.personal, travellerContext(row));
      expect(record).toMatch(/TREGARTHEN|OKONKWO|HALVORSEN/);
    }

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

  it('keeps two-step verification working across the rotation, and seals its secrets again', async () => {
    const oldBox = new SecretBox(SecretBox.deriveKey(OLD));
    const newBox = new SecretBox(SecretBox.deriveKey(NEW));
    const users = t.dataSource.getRepository(User);
    const enrolledUnderOld = async () => {
      const user = await createUser(t.dataSource, { role: 'staff', withTwoFactor: true });
      const secret = user.totpSecret!;
      await users.update({ id: user.id }, { totpSecret: oldBox.seal(secret, `totp:${user.id}`) });
      return { user: await users.findOneByOrFail({ id: user.id }), secret };
    };
    const signingIn = await enrolledUnderOld();
    const resting = await enrolledUnderOld();
    const codes = new RecoveryCodes(RecoveryCodes.deriveKey(OLD)).generate();
    await t.dataSource
      .getRepository(RecoveryCode)
      .insert(codes.hashes.map((codeHash) => ({ userId: signingIn.user.id, codeHash })));

    // Another instance, already on the new key with the old one as previous.
    const rotated = await startTestApp(
      { ENCRYPTION_KEY: NEW, ENCRYPTION_KEYS_PREVIOUS: OLD },
      () => t.config.database,
    );
    try {
      const twoFactor = rotated.app.get(TwoFactorService);
      const actor = actorFor(
        (await rotated.app.get(UsersService).findAuthenticated(signingIn.user.id))!,
      );
      expect(
        await twoFactor.verifyForSignIn(signingIn.user, totp.codeAt(signingIn.secret), actor),
      ).toBe('totp');
      // Used once, it is sealed again under the new key.
      const after = await users.findOneByOrFail({ id: signingIn.user.id });
      expect(newBox.open(after.totpSecret!, `totp:${signingIn.user.id}`)).toBe(signingIn.secret);
      expect(await twoFactor.verifyForSignIn(after, codes.codes[0], actor)).toBe('recovery-code');
    } finally {
      await rotated.close();
    }

    const run = await runCaptured(['screening:reencrypt'], commandRegistry);
    expect(run.stdout).toContain('two-step verification secrets sealed again: 1');
    const rested = await users.findOneByOrFail({ id: resting.user.id });
    expect(newBox.open(rested.totpSecret!, `totp:${resting.user.id}`)).toBe(resting.secret);
  });
});
