import type { StepStatus } from './step-status';

/** One bar of the timeline. Dates are calendar dates (`YYYY-MM-DD`), the due date inclusive. */
export interface GanttStep {
  readonly id: number;
  readonly title: string;
  readonly pillar: string;
  readonly startOn: string;
  readonly dueOn: string;
  readonly status: StepStatus;
  readonly overdue: boolean;
  /** The steps this one waits for (ids; those not drawn are ignored). */
  readonly dependsOn: readonly number[];
  /** Where the step's title links to. */
  readonly href?: string;
}

/** Every word the drawing shows, already in the reader's language. */
export interface GanttLabels {
  readonly title: string;
  readonly description: string;
  readonly today: string;
  readonly overdue: string;
  readonly empty: string;
  readonly status: Readonly<Record<StepStatus, string>>;
  /** Pillar code → its name. */
  readonly pillars: Readonly<Record<string, string>>;
}

export interface GanttInput {
  readonly steps: readonly GanttStep[];
  /** Pillar codes in the order their groups are drawn; a step of another pillar goes last. */
  readonly pillars: readonly string[];
  readonly today: string;
  readonly labels: GanttLabels;
  /** Makes the drawing's ids unique in a page that shows more than one. */
  readonly idPrefix?: string;
  /**
   * `wide` (the default): titles in a column left of the bars, statuses right of them, drawn to
   * the width of the page. `narrow`, for a phone: each step's title (and status) on a line of
   * its own above its bar, 360 units wide and drawn at most one pixel a unit, so its text stays
   * as large as the page's small print on a 390 px screen instead of shrinking with the chart.
   */
  readonly layout?: 'wide' | 'narrow';
}

/** Where things go in one layout (units of the viewBox). */
interface Geometry {
  readonly layout: 'wide' | 'narrow';
  readonly width: number;
  readonly chartLeft: number;
  readonly chartWidth: number;
  readonly rowHeight: number;
  /** The bar's top, from the row's top. */
  readonly barTop: number;
  /** The title's baseline, from the row's top. */
  readonly titleBaseline: number;
  readonly titleLeft: number;
  readonly titleCharacters: number;
  readonly fontSize: number;
  /** The least room between two month labels (a label `2026-03` is some 4 ems wide). */
  readonly monthLabelSpacing: number;
}

const WIDE: Geometry = {
  layout: 'wide',
  width: 1000,
  chartLeft: 240,
  // 170 units right of the chart for the status.
  chartWidth: 1000 - 240 - 170,
  rowHeight: 24,
  barTop: 5,
  titleBaseline: 16,
  titleLeft: 14,
  titleCharacters: 36,
  fontSize: 12,
  monthLabelSpacing: 60,
};

const NARROW: Geometry = {
  layout: 'narrow',
  width: 360,
  chartLeft: 8,
  chartWidth: 360 - 8 - 12,
  rowHeight: 42,
  barTop: 22,
  titleBaseline: 15,
  titleLeft: 8,
  // Title, " · " and status share the line: about 0.6 em a character at 14 units.
  titleCharacters: 40,
  fontSize: 14,
  monthLabelSpacing: 76,
};

const AXIS_HEIGHT = 34;
const GROUP_HEIGHT = 26;
const BAR_HEIGHT = 14;
/** The fewest characters a title keeps on a narrow line, however long its status. */
const NARROW_TITLE_MINIMUM = 18;
/** The status beside a bar in a narrow drawing, a little smaller than the titles. */
const NARROW_STATUS_SIZE = 13;
const DAY_MS = 86_400_000;

/**
 * How each status looks. Colour is never the only sign: each status has its own fill pattern
 * or outline, and the status is written in words at the end of the row.
 */
const BAR_STYLE: Record<StepStatus, { fill: string; stroke: string; dash?: string }> = {
  'not-started': { fill: '#ffffff', stroke: '#4a4a4a' },
  'in-progress': { fill: 'url(#P-progress)', stroke: '#08519c' },
  done: { fill: '#2b7a3d', stroke: '#1b4d27' },
  blocked: { fill: 'url(#P-blocked)', stroke: '#b3261e' },
  dropped: { fill: '#e6e6e6', stroke: '#8a8a8a', dash: '4 3' },
};

/**
 * The roadmap's timeline as an SVG document: a bar per step from its start to its due date,
 * grouped by pillar, month lines, a line for today and an arrow for each dependency (from the
 * end of the step waited for to the start of the one that waits). Accessible: a group named by
 * its title and described by its description (not `role="img"`: the step titles are links, which
 * an image may not hold), a title on each bar with its dates, the status written out.
 *
 * Plain string building, every text escaped here: the page may insert the result as it is.
 * Linear in steps and dependencies (200 steps draw in well under a millisecond).
 */
export function ganttSvg(input: GanttInput): string {
  const prefix = (input.idPrefix ?? 'gantt').replace(/[^A-Za-z0-9_-]/g, '');
  const id = (name: string) => `${prefix}-${name}`;
  const labels = input.labels;
  const geometry = input.layout === 'narrow' ? NARROW : WIDE;
  const width = geometry.width;
  const rows = layoutRows(input, geometry);
  const height = AXIS_HEIGHT + rows.height + 8;
  // Wide: as wide as its frame. Narrow: its own size in pixels at most (the page's CSS lets it
  // shrink to a narrower frame), so a wide frame does not blow its text up.
  const size = geometry.layout === 'wide' ? 'width="100%"' : `width="${width}" height="${height}"`;
  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" class="gantt gantt--${geometry.layout}" viewBox="0 0 ${width} ${height}" ${size} role="group" aria-labelledby="${id('title')}" aria-describedby="${id('desc')}" font-family="DejaVu Sans, Verdana, sans-serif" font-size="${geometry.fontSize}">`,
    `<title id="${id('title')}">${escapeXml(labels.title)}</title>`,
    `<desc id="${id('desc')}">${escapeXml(labels.description)}</desc>`,
    defs(prefix),
  );
  if (rows.bars.length === 0) {
    out.push(
      `<text x="${width / 2}" y="${AXIS_HEIGHT}" text-anchor="middle" fill="#4a4a4a">${escapeXml(labels.empty)}</text></svg>`,
    );
    return out.join('');
  }
  const scale = timeScale(rows.bars, input.today, geometry);
  out.push(axis(scale, height, geometry));
  for (const group of rows.groups)
    out.push(
      `<text x="4" y="${group.y + 17}" font-weight="bold">${escapeXml(labels.pillars[group.pillar] ?? group.pillar)}</text>`,
      `<line x1="0" y1="${group.y + GROUP_HEIGHT - 2}" x2="${width}" y2="${group.y + GROUP_HEIGHT - 2}" stroke="#c8c8c8"/>`,
    );
  out.push(todayLine(scale, input.today, labels.today, height));
  out.push(arrows(rows.bars, scale, prefix, geometry));
  for (const bar of rows.bars) out.push(barOf(bar, scale, labels, prefix, geometry));
  out.push('</svg>');
  return out.join('');
}

interface PlacedBar {
  readonly step: GanttStep;
  /** The row's top. */
  readonly y: number;
}

interface Rows {
  readonly groups: { pillar: string; y: number }[];
  readonly bars: PlacedBar[];
  readonly height: number;
}

/** Groups by pillar (in the given order), steps by start, due date and id inside a group. */
function layoutRows(input: GanttInput, geometry: Geometry): Rows {
  const byPillar = new Map<string, GanttStep[]>(input.pillars.map((pillar) => [pillar, []]));
  for (const step of input.steps) {
    const list = byPillar.get(step.pillar);
    if (list) list.push(step);
    else byPillar.set(step.pillar, [step]);
  }
  const groups: Rows['groups'] = [];
  const bars: PlacedBar[] = [];
  let y = AXIS_HEIGHT;
  for (const [pillar, steps] of byPillar) {
    if (steps.length === 0) continue;
    groups.push({ pillar, y });
    y += GROUP_HEIGHT;
    steps.sort(
      (a, b) => a.startOn.localeCompare(b.startOn) || a.dueOn.localeCompare(b.dueOn) || a.id - b.id,
    );
    for (const step of steps) {
      bars.push({ step, y });
      y += geometry.rowHeight;
    }
  }
  return { groups, bars, height: y - AXIS_HEIGHT };
}

interface TimeScale {
  /** Day number (days since 1970-01-01) of the first month's first day. */
  readonly from: number;
  readonly days: number;
  readonly months: string[];
  x(day: number): number;
}

/** From the first day of the earliest month to the end of the latest one, today included. */
function timeScale(bars: readonly PlacedBar[], today: string, geometry: Geometry): TimeScale {
  let first = dayOf(today);
  let last = first;
  for (const { step } of bars) {
    first = Math.min(first, dayOf(step.startOn), dayOf(step.dueOn));
    last = Math.max(last, dayOf(step.dueOn), dayOf(step.startOn));
  }
  const start = new Date(first * DAY_MS);
  const end = new Date(last * DAY_MS);
  const months: string[] = [];
  let year = start.getUTCFullYear();
  let month = start.getUTCMonth();
  const endKey = end.getUTCFullYear() * 12 + end.getUTCMonth();
  while (year * 12 + month <= endKey + 1) {
    months.push(`${year}-${String(month + 1).padStart(2, '0')}`);
    month += 1;
    if (month === 12) [year, month] = [year + 1, 0];
  }
  const from = dayOf(`${months[0]}-01`);
  const days = Math.max(1, dayOf(`${months[months.length - 1]}-01`) - from);
  const { chartLeft, chartWidth } = geometry;
  return { from, days, months, x: (day) => chartLeft + ((day - from) / days) * chartWidth };
}

/** The month lines and their labels (`2026-03`: the same in every language), fewer when many. */
function axis(scale: TimeScale, height: number, geometry: Geometry): string {
  const monthWidth = geometry.chartWidth / Math.max(1, scale.months.length - 1);
  const every = Math.max(1, Math.ceil(geometry.monthLabelSpacing / monthWidth));
  const parts: string[] = [];
  scale.months.forEach((month, index) => {
    const x = round(scale.x(dayOf(`${month}-01`)));
    parts.push(
      `<line x1="${x}" y1="${AXIS_HEIGHT - 6}" x2="${x}" y2="${height - 8}" stroke="#e0e0e0"/>`,
    );
    // A label needs about 4 ems; one that would run past the drawing's edge is left out.
    const fits = x + 3 + geometry.fontSize * 4 <= geometry.width;
    if (index % every === 0 && index < scale.months.length - 1 && fits)
      parts.push(`<text x="${x + 3}" y="${AXIS_HEIGHT - 12}" fill="#4a4a4a">${month}</text>`);
  });
  // Month labels are for the eye; a screen reader gets each step's dates in its title.
  return `<g class="gantt__axis" aria-hidden="true">${parts.join('')}</g>`;
}

function todayLine(scale: TimeScale, today: string, label: string, height: number): string {
  const x = round(scale.x(dayOf(today) + 0.5));
  return (
    `<g class="gantt__today"><line x1="${x}" y1="${AXIS_HEIGHT - 8}" x2="${x}" y2="${height - 8}" stroke="#b3261e" stroke-width="2" stroke-dasharray="6 3"/>` +
    `<text x="${x}" y="10" text-anchor="middle" fill="#b3261e" font-weight="bold">${escapeXml(label)}</text></g>`
  );
}

/** An elbow arrow from the end of each step waited for to the start of the step that waits. */
function arrows(
  bars: readonly PlacedBar[],
  scale: TimeScale,
  prefix: string,
  geometry: Geometry,
): string {
  const middle = geometry.barTop + BAR_HEIGHT / 2;
  // Around a bar's start: through the gap between rows (wide), or between the title line and
  // the bar (narrow, where the gap holds the next title).
  const detour = geometry.layout === 'narrow' ? BAR_HEIGHT / 2 + 3 : geometry.rowHeight / 2;
  const placed = new Map(bars.map((bar) => [bar.step.id, bar]));
  const paths: string[] = [];
  for (const bar of bars) {
    for (const dependency of bar.step.dependsOn) {
      const before = placed.get(dependency);
      if (!before) continue;
      const x1 = round(endX(before.step, scale));
      const y1 = before.y + middle;
      const x2 = round(scale.x(dayOf(bar.step.startOn)));
      const y2 = bar.y + middle;
      // Room for a straight elbow; otherwise round the bar's start through the gap between rows.
      const d =
        x2 - x1 >= 12
          ? `M${x1} ${y1}H${x1 + 6}V${y2}H${x2 - 1}`
          : `M${x1} ${y1}H${x1 + 6}V${y2 + (y2 > y1 ? -1 : 1) * detour}H${x2 - 8}V${y2}H${x2 - 1}`;
      paths.push(`<path d="${d}"/>`);
    }
  }
  if (paths.length === 0) return '';
  return `<g class="gantt__dependencies" fill="none" stroke="#555" stroke-width="1.2" marker-end="url(#${prefix}-arrow)">${paths.join('')}</g>`;
}

function barOf(
  bar: PlacedBar,
  scale: TimeScale,
  labels: GanttLabels,
  prefix: string,
  geometry: Geometry,
): string {
  const { step, y } = bar;
  const style = BAR_STYLE[step.status];
  const x = round(scale.x(dayOf(step.startOn)));
  const width = Math.max(3, round(endX(step, scale) - x));
  const status = labels.status[step.status] + (step.overdue ? ` · ${labels.overdue}` : '');
  const narrow = geometry.layout === 'narrow';
  // Narrow: the status goes beside the bar where there is room, else it follows the title on
  // its line and the title gives way to it.
  const beside = narrow ? statusBeside(x, width, status, step.overdue, geometry) : null;
  const room =
    narrow && !beside
      ? Math.max(NARROW_TITLE_MINIMUM, geometry.titleCharacters - [...status].length - 3)
      : geometry.titleCharacters;
  const name = escapeXml(truncated(step.title, room));
  const baseline = y + geometry.titleBaseline;
  const statusText = `${escapeXml(status)}`;
  const statusAttributes = step.overdue ? ' font-weight="bold"' : '';
  const linked = (text: string) =>
    step.href
      ? `<a href="${escapeXml(step.href)}"><tspan fill="#1a4f8b" text-decoration="underline">${text}</tspan></a>`
      : text;
  const title = narrow
    ? // The title (a link), then " · " and the status unless it is beside the bar; a white halo
      // keeps the words readable across the lines of the today marker and the arrows.
      `<text x="${geometry.titleLeft}" y="${baseline}"${HALO}>${linked(name)}${beside ? '' : `<tspan fill="#4a4a4a"${statusAttributes}> · ${statusText}</tspan>`}</text>`
    : step.href
      ? `<a href="${escapeXml(step.href)}"><text x="${geometry.titleLeft}" y="${baseline}" fill="#1a4f8b" text-decoration="underline">${name}</text></a>`
      : `<text x="${geometry.titleLeft}" y="${baseline}">${name}</text>`;
  return (
    `<g class="gantt__step gantt__step--${step.status}" data-step="${step.id}">` +
    `<title>${escapeXml(`${step.title}: ${step.startOn} – ${step.dueOn}, ${status}`)}</title>` +
    title +
    `<rect x="${x}" y="${y + geometry.barTop}" width="${width}" height="${BAR_HEIGHT}" rx="2" fill="${style.fill.replace('#P', `#${prefix}`)}" stroke="${step.overdue ? '#b3261e' : style.stroke}" stroke-width="${step.overdue ? 2.5 : 1}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''}/>` +
    (narrow
      ? beside
        ? `<text x="${beside.x}" y="${y + geometry.barTop + BAR_HEIGHT - 3}"${beside.anchor === 'end' ? ' text-anchor="end"' : ''} font-size="${NARROW_STATUS_SIZE}" fill="#4a4a4a"${statusAttributes}${HALO}>${statusText}</text>`
        : ''
      : `<text x="${geometry.chartLeft + geometry.chartWidth + 8}" y="${baseline}"${statusAttributes}>${statusText}</text>`) +
    '</g>'
  );
}

/** A white outline drawn under a text's letters, so the lines it crosses do not blur it. */
const HALO = ' stroke="#ffffff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

/**
 * Where a narrow drawing writes a step's status on its bar's line: right of the bar, else left
 * of it, when the words fit (about 0.6 em a character, more in bold); null when neither side
 * has the room.
 */
function statusBeside(
  x: number,
  width: number,
  status: string,
  bold: boolean,
  geometry: Geometry,
): { x: number; anchor: 'start' | 'end' } | null {
  const needed = [...status].length * NARROW_STATUS_SIZE * (bold ? 0.66 : 0.6);
  const right = geometry.width - 4;
  if (x + width + 10 + needed <= right) return { x: round(x + width + 10), anchor: 'start' };
  if (x - 6 - needed >= 4) return { x: round(x - 6), anchor: 'end' };
  return null;
}

/** The fill patterns (in progress: light stripes; blocked: cross-hatching) and the arrowhead. */
function defs(prefix: string): string {
  return (
    '<defs>' +
    `<pattern id="${prefix}-progress" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#c6dbef"/><line x1="0" y1="0" x2="0" y2="6" stroke="#08519c" stroke-width="2"/></pattern>` +
    `<pattern id="${prefix}-blocked" width="6" height="6" patternUnits="userSpaceOnUse"><rect width="6" height="6" fill="#fde0dd"/><path d="M0 0L6 6M6 0L0 6" stroke="#b3261e" stroke-width="1"/></pattern>` +
    `<marker id="${prefix}-arrow" viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0 0L8 4L0 8z" fill="#555"/></marker>` +
    '</defs>'
  );
}

/** The right end of a bar: the end of its due date (inclusive), never left of its start. */
function endX(step: GanttStep, scale: TimeScale): number {
  return scale.x(Math.max(dayOf(step.dueOn), dayOf(step.startOn)) + 1);
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date. */
function dayOf(date: string): number {
  return Math.round(
    Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS,
  );
}

/** A title that fits beside its bar: cut at the end of a word when one ends near the limit. */
function truncated(title: string, limit: number): string {
  const characters = [...title];
  if (characters.length <= limit) return title;
  const cut = characters.slice(0, limit - 1).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > limit - 12 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char]);
}
