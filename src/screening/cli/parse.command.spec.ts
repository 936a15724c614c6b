import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { CliError } from '../../cli/cli-error';
import { exitCodeFor } from '../../cli/exit-code';
import { ScreeningError } from '../screening-error';
import { ParseCommand, parseParseArguments } from './parse.command';

const fixtures = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'screening', 'messages');

function streams() {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks: string[] = [];
  stdout.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
  return { io: { stdin: new PassThrough(), stdout, stderr }, output: () => chunks.join('') };
}

describe('parse command', () => {
  it('prints the normalised messages as JSON', async () => {
    const { io, output } = streams();
    const code = await new ParseCommand().run([join(fixtures, 'pnrgov-15-1-family.edi')], io);
    expect(code).toBe(0);
    const printed = JSON.parse(output());
    expect(printed.ok).toBe(true);
    expect(printed.messages).toHaveLength(1);
    expect(printed.messages[0].format).toBe('PNRGOV');
    expect(printed.messages[0].travellers.map((t: { surname: string }) => t.surname)).toEqual([
      'DUPONT',
      'DUPONT',
      'DUPONT',
    ]);
    expect(output()).not.toContain('4111111111111111');
  });

  it('passes --strict through: a clean message parses', async () => {
    const { io, output } = streams();
    await new ParseCommand().run(
      [join(fixtures, 'paxlst-d15b-multipart-unoy.edi'), '--strict'],
      io,
    );
    expect(JSON.parse(output()).messages[0].parts).toBe(3);
  });

  it('fails strict parsing with a CliError naming the file, segment and offset', async () => {
    const { io } = streams();
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const file = join(mkdtempSync(join(tmpdir(), 'parse-')), 'bad.edi');
    writeFileSync(
      file,
      "UNB+UNOA:4+A+B+260301:0930+R1'UNH+1+PAXLST:D:05B:UN'BGM+745'UNT+9+1'UNZ+1+R1'",
    );
    await expect(new ParseCommand().run([file, '--strict'], io)).rejects.toThrow(
      /bad\.edi: segment 4 \(UNT\) at offset \d+: UNT counts 9 segments/,
    );
    const { io: looseIo, output } = streams();
    await new ParseCommand().run([file], looseIo);
    expect(JSON.parse(output()).messages[0].diagnostics[0].code).toBe('unt-count');
  });

  it('reports a missing file and input that is not EDIFACT as ScreeningErrors (exit code 2)', async () => {
    const { io } = streams();
    const missing = new ParseCommand().run(['/nonexistent/message.edi'], io);
    await expect(missing).rejects.toThrow(ScreeningError);
    await expect(new ParseCommand().run(['/nonexistent/message.edi'], io)).rejects.toThrow(
      'message file /nonexistent/message.edi: not found',
    );
    const notEdifact = await new ParseCommand()
      .run([join(fixtures, 'README.md')], io)
      .catch((error: unknown) => error);
    expect(notEdifact).toMatchObject({ code: 'edifact-syntax' });
    expect(exitCodeFor(notEdifact)).toBe(2);
  });

  it('says a folder is a folder, not EISDIR', async () => {
    const { io } = streams();
    await expect(new ParseCommand().run([fixtures], io)).rejects.toThrow(
      `message file ${fixtures}: is a folder, not a file`,
    );
  });

  it('validates its arguments', () => {
    expect(parseParseArguments(['a.edi', '--strict'])).toEqual({ file: 'a.edi', strict: true });
    expect(() => parseParseArguments([])).toThrow('no message file given');
    expect(() => parseParseArguments(['a', 'b'])).toThrow(CliError);
    expect(() => parseParseArguments(['--nope', 'a'])).toThrow("unknown option '--nope'");
  });
});
