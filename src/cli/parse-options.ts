import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Every command's argument parser: node's `parseArgs` (strict: unknown options and missing
 * values are refused; `--name value` and `--name=value` both work), with its errors turned into
 * one short CliError line (exit code 2) instead of a multi-line TypeError.
 */
export function parseOptions<T extends Options>(
  args: readonly string[],
  options: T,
  { positionals = false }: { positionals?: boolean } = {},
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: positionals, strict: true });
  } catch (error) {
    throw new CliError(describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(--?[^' <]+)/.exec(message)?.[1];
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option '${option}'`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /does not take an argument/.test(message)
        ? `${option} takes no value`
        : `${option} needs a value`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${/'[^']*'/.exec(message)?.[0] ?? ''}`.trim();
    default:
      return message.split('\n')[0];
  }
}
