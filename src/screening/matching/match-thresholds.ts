/**
 * The one default alert threshold of the screening engine, used by `name-score`, `match` and
 * `screen`. A score at or above it raises an alert for an analyst to review. It is the point
 * where name-pair F1 is best (within a pair or two) on the development part of the evaluation
 * data while recall of listed people and the false alert rate on synthetic travellers meet their
 * floors; `npm run eval -- --tune` checks it, and never looks at the held-out part. Thresholds
 * are configuration: every entry point accepts `--threshold` / `threshold`.
 */
export const DEFAULT_ALERT_THRESHOLD = 0.8;
