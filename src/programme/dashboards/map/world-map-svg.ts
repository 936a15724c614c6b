import { OTHER_LAND_FILL, type WorldMapModel } from './world-map';

/** Every word the drawing shows, already in the reader's language. */
export interface WorldMapLabels {
  readonly title: string;
  readonly description: string;
  /** A State's tooltip, from its name and its status key (`Kenya: Implementing`). */
  countryTitle(name: string, statusKey: string): string;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/**
 * The map as an inline SVG element: land that is no Member State, then each State's shape or
 * dot, filled by status, with a `<title>` naming State and status. `role="img"` with a title
 * and a description (which points to the table after the map); `data-code` on each State.
 *
 * Plain string building, every text escaped here (names, titles; path data and colours are
 * ours): the page inserts the result as it is. Built once per reader's language and filter
 * while the States' statuses stay the same (ProgrammeMaps), not on every page: 190 shapes
 * through the template cost more than the rest of the page.
 */
export function worldMapSvg(map: WorldMapModel, labels: WorldMapLabels, idPrefix: string): string {
  const id = (name: string) => `${idPrefix}-${name}`;
  const out: string[] = [
    `<svg class="world-map" viewBox="${map.viewBox}" role="img" aria-labelledby="${id('title')} ${id('desc')}" focusable="false">`,
    `<title id="${id('title')}">${escapeXml(labels.title)}</title>`,
    `<desc id="${id('desc')}">${escapeXml(labels.description)}</desc>`,
    `<g fill="${OTHER_LAND_FILL}">`,
  ];
  for (const d of map.otherLand) out.push(`<path d="${d}"/>`);
  out.push('</g><g stroke="#ffffff" stroke-width="0.4" fill-rule="evenodd">');
  for (const shape of map.shapes)
    out.push(
      `<path d="${shape.d}" fill="${shape.fill}" data-code="${escapeXml(shape.code)}"><title>${escapeXml(labels.countryTitle(shape.name, shape.statusKey))}</title></path>`,
    );
  out.push('</g><g stroke="#1b1f24" stroke-width="0.5">');
  for (const dot of map.dots)
    out.push(
      `<circle cx="${dot.cx}" cy="${dot.cy}" r="3" fill="${dot.fill}" data-code="${escapeXml(dot.code)}"><title>${escapeXml(labels.countryTitle(dot.name, dot.statusKey))}</title></circle>`,
    );
  out.push('</g></svg>');
  return out.join('');
}
