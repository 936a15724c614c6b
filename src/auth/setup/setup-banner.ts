/**
 * The set-up link, framed so it stands out at the end of the start-up output:
 *
 *   ┌─ First administrator ─────────────────────────────┐
 *   │ No administrator yet. Create one within 24 hours: │
 *   │ http://localhost:3000/setup/…                     │
 *   └───────────────────────────────────────────────────┘
 *
 * The link is one unbroken line, whatever its length, so it can be copied or clicked whole.
 */
export function setupBanner(url: string, validHours: number): string {
  const title = ' First administrator ';
  const lines = [`No administrator yet. Create one within ${validHours} hours at:`, url];
  const width = Math.max(title.length + 2, ...lines.map((line) => line.length));
  const top = `┌─${title}${'─'.repeat(width - title.length + 1)}┐`;
  const body = lines.map((line) => `│ ${line.padEnd(width)} │`);
  const bottom = `└${'─'.repeat(width + 2)}┘`;
  return ['', top, ...body, bottom, ''].join('\n') + '\n';
}
