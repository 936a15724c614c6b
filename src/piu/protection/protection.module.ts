import { Module } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { APP_CONFIG } from '../../config/config.constants';
import { KeyedHashes } from './keyed-hashes';
import { PersonalDataCipher } from './personal-data-cipher';

/**
 * Protection of passenger data at rest: the key-ring cipher (ENCRYPTION_KEY, with
 * ENCRYPTION_KEYS_PREVIOUS still read) and the keyed hashes (HASHING_KEY).
 */
@Module({
  providers: [
    {
      provide: PersonalDataCipher,
      useFactory: (config: AppConfig) =>
        new PersonalDataCipher(config.encryptionKey, config.encryptionKeysPrevious),
      inject: [APP_CONFIG],
    },
    {
      provide: KeyedHashes,
      useFactory: (config: AppConfig) => new KeyedHashes(config.hashingKey),
      inject: [APP_CONFIG],
    },
  ],
  exports: [PersonalDataCipher, KeyedHashes],
})
export class ProtectionModule {}
