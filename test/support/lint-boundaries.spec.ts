import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { commonBoundary, engineBoundary, serviceBoundary } from '../../lint/import-boundaries';

const ROOT = join(__dirname, '..', '..');

/** Lints `text` as if it were the file `path`, with only the TypeScript parser and `blocks`. */
async function violations(blocks: Linter.Config[], path: string, text: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: ROOT,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
      ...blocks,
    ],
  });
  const [result] = await eslint.lintText(text, { filePath: join(ROOT, path) });
  return result.messages.map((message) => `${message.ruleId}: ${message.message}`);
}

/**
 * The rule settings eslint.config.mjs gives a file. ESLint loads that (ES module) config with
 * a dynamic import, which Jest's module sandbox refuses, so the real CLI prints it.
 */
function configuredImportRule(path: string): unknown {
  const printed = execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--print-config', path],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const config = JSON.parse(printed) as { rules?: Record<string, unknown> };
  return config.rules?.['no-restricted-imports'];
}

describe('screening engine boundary', () => {
  it.each([
    ['src/screening/matching/probe.ts', "import { Injectable } from '@nestjs/common';"],
    ['src/screening/probe.ts', "import { DataSource } from 'typeorm';"],
    ['src/screening/rules/probe.ts', "import type { Request } from 'express';"],
    ['src/screening/watchlists/probe.ts', "import { CliError } from '../../cli/cli-error';"],
    ['src/screening/engine/deep/probe.ts', "import { runCli } from '../../../cli/run-cli';"],
    ['src/screening/matching/probe.ts', "import { MatchCommand } from '../cli/match.command';"],
    ['src/screening/probe.ts', "export { ParseCommand } from './cli/parse.command';"],
  ])('reports %s importing %s', async (path, text) => {
    const found = await violations(engineBoundary, path, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*screening engine is plain TypeScript/);
  });

  it.each([
    ['src/screening/matching/probe.ts', "import { scoreNames } from './name-matcher';"],
    ['src/screening/matching/probe.ts', "import { parseMessage } from '../parse-message';"],
    ['src/screening/cli/probe.ts', "import type { CliIo } from '../../cli/cli-command';"],
    ['src/screening/matching/probe.spec.ts', "import { runCli } from '../../cli/run-cli';"],
    ['src/screening/workspace/probe.ts', "import { readFileSync } from 'node:fs';"],
  ])('lets %s import %s', async (path, text) => {
    expect(await violations(engineBoundary, path, text)).toEqual([]);
  });

  it('is switched on for engine files by eslint.config.mjs, and only for them', () => {
    const [, options] = engineBoundary[1].rules!['no-restricted-imports'] as [string, unknown];
    expect(configuredImportRule('src/screening/matching/probe.ts')).toEqual([2, options]);
    const cli = configuredImportRule('src/screening/cli/probe.ts');
    expect(cli === undefined || (Array.isArray(cli) && cli[0] === 0)).toBe(true);
  });
});

describe('common boundary', () => {
  it.each([
    ['src/common/probe.ts', "import { UsersService } from '../users/users.service';"],
    ['src/common/views/probe.ts', "import { adminMessages } from '../../admin/admin.messages';"],
    ['src/common/actor/probe.ts', "import type { Role } from '../../users/role';"],
    ['src/common/a/b/probe.ts', "import { screen } from '../../../screening/engine/screen';"],
  ])('reports %s importing %s', async (path, text) => {
    const found = await violations(commonBoundary, path, text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*imports none of them/);
  });

  it.each([
    // src/common/auth is common's own folder, not the auth feature.
    [
      'src/common/actor/probe.ts',
      "import type { AuthenticatedUser } from '../auth/authenticated-user';",
    ],
    ['src/common/views/probe.ts', "import type { AppConfig } from '../../config/app-config';"],
    ['src/common/probe.ts', "import { translate } from './i18n/translator';"],
  ])('lets %s import %s', async (path, text) => {
    expect(await violations(commonBoundary, path, text)).toEqual([]);
  });
});

describe('services and HTTP', () => {
  it('reports a service importing express', async () => {
    const found = await violations(
      serviceBoundary,
      'src/things/things.service.ts',
      "import type { Request } from 'express';",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^no-restricted-imports: .*Services take an Actor/);
  });

  it('lets a controller import express', async () => {
    const text = "import type { Request } from 'express';";
    expect(await violations(serviceBoundary, 'src/things/things.controller.ts', text)).toEqual([]);
  });

  it('is switched on for services by eslint.config.mjs', () => {
    const [, options] = serviceBoundary[0].rules!['no-restricted-imports'] as [string, unknown];
    expect(configuredImportRule('src/things/things.service.ts')).toEqual([2, options]);
  });
});

describe('common boundary in eslint.config.mjs', () => {
  it('is switched on for files under src/common', () => {
    const [, options] = commonBoundary[1].rules!['no-restricted-imports'] as [string, unknown];
    expect(configuredImportRule('src/common/views/probe.ts')).toEqual([2, options]);
  });
});
