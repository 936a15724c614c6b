/**
 * One spelling per address: Node reports IPv4 clients of a dual-stack socket as `::ffff:a.b.c.d`,
 * which would put two spellings of the same address side by side in the audit log.
 */
export function normaliseIp(ip: string | undefined | null): string | null {
  if (!ip) return null;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
  return (mapped ? mapped[1] : ip).slice(0, 64);
}
