import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from '../../config/app-config';
import { AppLogger } from './app-logger';

/** The one AppLogger of the process, for main.ts (Nest's logger) and the request log. */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(level: AppConfig['logLevel']): DynamicModule {
    return {
      module: LoggingModule,
      providers: [{ provide: AppLogger, useValue: new AppLogger(level) }],
      exports: [AppLogger],
    };
  }
}
