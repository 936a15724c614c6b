import { maskCardNumbersInText } from '../../edifact/card-mask';
import { elementText, optional, type Segment } from '../../edifact/segment';
import type { HistoryEntry } from '../../model/booking';
import type { PnrgovWalk, SegmentGroup } from '../pnrgov-walk';

/** Segments that steer the history group rather than describe a changed item. */
export const HISTORY_CONTROL: ReadonlySet<string> = new Set(['ABI', 'DAT', 'SAC', 'LTS', 'SRC']);

/** A history item's segment written back in EDIFACT shape (`TVL+101210:0915::1230+LHR+JFK`),
 *  trailing empty parts dropped and card numbers masked. */
export function summarise(segment: Segment): string {
  const elements = segment.elements.map((components) => {
    const kept = [...components];
    while (kept.length > 0 && kept[kept.length - 1]?.trim() === '') kept.pop();
    return kept.join(':');
  });
  while (elements.length > 0 && elements[elements.length - 1] === '') elements.pop();
  // Values come masked from the segment; joining with `+`/`:` cannot form a new card number.
  return [segment.tag, ...elements].join('+');
}

/**
 * One segment of the history group describing a past change: it opens a history entry with the
 * pending action, time and author, or extends the entry already open for the same item.
 */
export function recordHistory(walk: PnrgovWalk, segment: Segment): void {
  const builder = walk.builder;
  if (!builder) return;
  if (walk.historyEntry) {
    walk.historyEntry.text = `${walk.historyEntry.text}; ${summarise(segment)}`;
    return;
  }
  const entry: HistoryEntry = { kind: 'structured', text: summarise(segment) };
  if (walk.historyAction) entry.action = walk.historyAction;
  if (walk.historyAt) entry.at = walk.historyAt;
  if (walk.historyBy) entry.by = walk.historyBy;
  builder.booking.history.push(entry);
  walk.historyEntry = entry;
  walk.historyAction = undefined;
}

/** The history group: ABI opens it (who changed the PNR), SAC names the action, LTS is text. */
export const HISTORY_GROUP: SegmentGroup = {
  ABI(walk, segment) {
    walk.section = 'history';
    walk.historyBy =
      [optional(segment, 1, 1), optional(segment, 1, 0)].filter(Boolean).join(' ') || undefined;
    walk.historyAt = undefined;
    walk.historyAction = undefined;
    walk.historyEntry = undefined;
  },
  SAC(walk, segment) {
    if (walk.section === 'history') {
      walk.historyAction = optional(segment, 2, 0);
      walk.historyEntry = undefined;
    }
  },
  LTS(_walk, segment, current) {
    const text = maskCardNumbersInText(
      segment.elements
        .map((_, index) => elementText(segment, index))
        .join(' ')
        .trim(),
    );
    if (text) current.booking.history.push({ kind: 'text', text });
  },
};
