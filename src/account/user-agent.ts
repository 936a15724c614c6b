/**
 * A short, human description of a User-Agent header for the "active sessions" page
 * ("Firefox on Windows"). Deliberately coarse: enough for a person to recognise their own
 * devices, not a fingerprint. Order matters: Edge and Opera also say "Chrome", Chrome also
 * says "Safari".
 */
const BROWSERS: [RegExp, string][] = [
  [/\bEdg(e|A|iOS)?\//, 'Edge'],
  [/\b(OPR|Opera)\//, 'Opera'],
  [/\bSamsungBrowser\//, 'Samsung Internet'],
  [/\b(Firefox|FxiOS)\//, 'Firefox'],
  [/\b(HeadlessChrome|Chrome|CriOS|Chromium)\//, 'Chrome'],
  [/\bVersion\/[\d.]+.*\bSafari\//, 'Safari'],
  [/\bcurl\//, 'curl'],
];

const SYSTEMS: [RegExp, string][] = [
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bWindows\b/, 'Windows'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\b(Macintosh|Mac OS X)\b/, 'macOS'],
  [/\bLinux\b/, 'Linux'],
];

export interface DescribedAgent {
  browser: string | null;
  system: string | null;
}

export function describeUserAgent(header: string | null | undefined): DescribedAgent {
  if (!header) return { browser: null, system: null };
  const browser = BROWSERS.find(([pattern]) => pattern.test(header))?.[1] ?? null;
  const system = SYSTEMS.find(([pattern]) => pattern.test(header))?.[1] ?? null;
  return { browser, system };
}
