import { CliError } from '../../cli/cli-error';

/** A `--threshold` value: a number from 0 to 1. */
export function parseThreshold(text: string): number {
  const threshold = Number(text);
  if (text.trim() === '' || !Number.isFinite(threshold) || threshold < 0 || threshold > 1) {
    throw new CliError(`--threshold must be a number between 0 and 1, got '${text}'`);
  }
  return threshold;
}
