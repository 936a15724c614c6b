import { PassThrough } from 'node:stream';

import type { CliIo } from '../../cli/cli-command';
import { CliError } from '../../cli/cli-error';
import { listFixture } from '../../../test/support/list-fixture';
import { ListsCommand } from './lists.command';
import { WatchlistError } from '../watchlists/watchlist-error';

interface ListSummary {
  list: string;
  entries: number;
  loadMs: number;
  skippedRows: { row: number; reason: string }[];
}

function io(): { io: CliIo; out: () => string } {
  const stdout = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  return { io: { stdin: new PassThrough(), stdout, stderr: new PassThrough() }, out: () => text };
}

describe('lists command', () => {
  it('prints one JSON summary line per list with counts and skipped rows', async () => {
    const { io: streams, out } = io();
    const code = await new ListsCommand().run(
      [
        `csv:${listFixture('national-list-sample.csv')}`,
        `documents:${listFixture('document-list-status.csv')}`,
      ],
      streams,
    );
    expect(code).toBe(0);
    const lines = out()
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as ListSummary);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({
      list: 'csv',
      source: listFixture('national-list-sample.csv'),
      generatedAt: null,
      entries: 4,
      counts: { individual: 4, aliases: 4 },
      skipped: 11,
    });
    expect(lines[0].skippedRows[0]).toEqual({ row: 5, reason: 'row 5: id is empty' });
    expect(typeof lines[0].loadMs).toBe('number');
    expect(lines[1]).toMatchObject({ list: 'documents', entries: 2, skipped: 1 });
  });

  it('prints the entries with --entries', async () => {
    const { io: streams, out } = io();
    await new ListsCommand().run(
      [`documents:${listFixture('document-list-status.csv')}`, '--entries'],
      streams,
    );
    expect(
      out()
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as { id: string }).id),
    ).toEqual(['documents:S-1', 'documents:S-2']);
  });

  it('refuses bad arguments and bad lists with exit code 2 errors', async () => {
    const command = new ListsCommand();
    await expect(command.run([], io().io)).rejects.toThrow(CliError);
    await expect(command.run(['--bogus', 'un:x'], io().io)).rejects.toThrow(
      "unknown option '--bogus'",
    );
    await expect(command.run(['weird:x'], io().io)).rejects.toThrow(WatchlistError);
  });
});
