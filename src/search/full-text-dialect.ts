import type { DataSource } from 'typeorm';
import { fts5Expression, innodbExpression, type ParsedQuery } from './text/search-query';

/**
 * The one thing the two engines do differently: which rows hold every part of a query. Both
 * read the same index words (text/index-term.ts), so they find the same rows; the rank is one
 * SQL expression both engines evaluate alike (SearchIndex), never the engine's own score.
 */
export interface FullTextDialect {
  readonly engine: 'sqlite' | 'mysql';
  /** A where clause over the entry alias, with `:match` as its one parameter. */
  matchClause(alias: string): string;
  /** The value of `:match` for a query. */
  expression(query: ParsedQuery): string;
}

/** SQLite: the external-content FTS5 table `search_entry_fts` (rowid = entry id). */
export const SQLITE_FTS5: FullTextDialect = {
  engine: 'sqlite',
  matchClause: (alias) =>
    `${alias}.id IN (SELECT rowid FROM search_entry_fts WHERE search_entry_fts MATCH :match)`,
  expression: fts5Expression,
};

/** MariaDB/MySQL: the InnoDB FULLTEXT index on `terms`, in boolean mode (every part required). */
export const INNODB_FULLTEXT: FullTextDialect = {
  engine: 'mysql',
  matchClause: (alias) => `MATCH(${alias}.terms) AGAINST (:match IN BOOLEAN MODE)`,
  expression: innodbExpression,
};

export function dialectFor(dataSource: DataSource): FullTextDialect {
  return dataSource.options.type === 'mysql' || dataSource.options.type === 'mariadb'
    ? INNODB_FULLTEXT
    : SQLITE_FTS5;
}
