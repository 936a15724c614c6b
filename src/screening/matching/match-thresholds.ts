/**
 * The one default alert threshold of the screening engine, used by `name-score`, `match` and
 * `screen`. A score at or above it raises an alert for an analyst to review. It was chosen on
 * the evaluation data (bench/eval.ts) as the point where name-pair F1 is best while the false
 * alert rate on 100,000 synthetic travellers stays under 10 per 10,000. Thresholds are
 * configuration: every entry point accepts `--threshold` / `threshold`.
 */
export const DEFAULT_ALERT_THRESHOLD = 0.8;
