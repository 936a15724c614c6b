import { randomBytes } from 'node:crypto';
import { createConnection } from 'mysql2/promise';
import type { DatabaseConfig } from '../config/app-config';

/**
 * Creates an empty MySQL/MariaDB database beside the one `server` names and returns its
 * config. The migration generator and the test suites use one each and drop it afterwards, so
 * nothing assumes the server's existing databases are empty.
 */
export async function createScratchDatabase(
  server: DatabaseConfig,
  prefix: string,
): Promise<DatabaseConfig> {
  const name = `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  const connection = await createConnection(serverAddress(server));
  try {
    await connection.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
  } finally {
    await connection.end();
  }
  const url = new URL(server.url);
  url.pathname = `/${name}`;
  return { ...server, url: url.toString(), name };
}

export async function dropScratchDatabase(database: DatabaseConfig): Promise<void> {
  const connection = await createConnection(serverAddress(database));
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${database.name}\``);
  } finally {
    await connection.end();
  }
}

function serverAddress(database: DatabaseConfig) {
  return {
    host: database.host,
    port: database.port,
    user: database.username,
    password: database.password,
    connectTimeout: 5000,
  };
}
