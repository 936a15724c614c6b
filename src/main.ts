import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { ConfigError } from './config/config-error';
import { loadConfig } from './config/load-config';
import { formValidationPipe } from './common/forms/form-validation.pipe';

export async function createApp(config = loadConfig()): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(formValidationPipe());
  configureApp(app, config);
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
  const app = await createApp(config);
  await app.listen(config.port);
  app
    .get(Logger)
    .log(`CTTP platform listening on ${config.publicUrl} (database: ${config.database.engine})`);
}

if (require.main === module) void bootstrap();
