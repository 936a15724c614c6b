/**
 * How urgent a hit is for an analyst, from least to most urgent: the one list a rule, a national
 * or document list row and a list hit take their severity from, and the order the engine sorts
 * hits and steps a severity down by.
 */
export const SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** Whether a text (already lower-cased) names a severity. */
export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
