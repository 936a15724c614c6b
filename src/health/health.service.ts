import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** What the open probe tells anyone who asks: up or down, never which software runs. */
export interface HealthReport {
  status: 'ok' | 'unavailable';
  database: { status: 'up' | 'down'; latencyMs?: number };
}

const PROBE_TIMEOUT_MS = 2000;

@Injectable()
export class HealthService {
  constructor(private readonly dataSource: DataSource) {}

  /** One `SELECT 1`, bounded in time so a hung server cannot hang the probe. */
  async report(): Promise<HealthReport> {
    const started = Date.now();
    try {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('database probe timed out')), PROBE_TIMEOUT_MS);
      });
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]).finally(() =>
        clearTimeout(timer),
      );
      return { status: 'ok', database: { status: 'up', latencyMs: Date.now() - started } };
    } catch {
      return { status: 'unavailable', database: { status: 'down' } };
    }
  }
}
