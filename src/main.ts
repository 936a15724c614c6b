import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError } from './config/config-error';
import { loadConfig } from './config/load-config';
import type { AppConfig } from './config/app-config';
import { PortalExpressAdapter } from './common/http/portal-express-adapter';
import { formValidationPipe } from './common/forms/form-validation.pipe';
import { AppLogger } from './common/logging/app-logger';
import { QuietStartupLogger } from './common/logging/quiet-startup-logger';
import { SETUP_LINK_TTL_MS } from './auth/setup/first-admin.service';
import { setupBanner } from './auth/setup/setup-banner';
import { StartupService } from './startup.service';
import { missingStartOptions, startOptions } from './common/http/start-options';

export async function createApp(config = loadConfig()): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(
    AppModule.forRoot(config),
    new PortalExpressAdapter(),
    { bufferLogs: true },
  );
  return prepareApp(app, config);
}

/** What every app needs once created: the logger, the validation pipe, the Express set-up. */
export function prepareApp(app: NestExpressApplication, config: AppConfig): NestExpressApplication {
  app.useLogger(new QuietStartupLogger(app.get(AppLogger), config.logLevel));
  app.useGlobalPipes(formValidationPipe());
  configureApp(app, config);
  return app;
}

/**
 * Starts the portal: the app listens, says where, and then — last, so it is what the person
 * sees on the screen — prints the first-admin set-up link when there is no administrator yet.
 */
export async function startServer(
  config: AppConfig,
  out: { write(text: string): unknown } = process.stdout,
): Promise<NestExpressApplication> {
  const app = await createApp(config);
  await app.listen(config.port);
  app
    .get(AppLogger)
    .log(`CTTP platform listening on ${config.publicUrl} (database: ${config.database.engine})`);
  const setupLink = app.get(StartupService).setupLink;
  if (setupLink) out.write(setupBanner(setupLink, SETUP_LINK_TTL_MS / 3_600_000));
  return app;
}

async function bootstrap(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }
  const app = await startServer(config);
  const missing = missingStartOptions(startOptions());
  if (missing.length > 0) {
    app
      .get(AppLogger)
      .warn(
        `started without ${missing.join(' ')}: pass npm start's node options on node's command ` +
          'line (README, Configuration), or pages answer slower under load',
      );
  }
}

if (require.main === module) void bootstrap();
