/** What a search hit can be, in the order the filter tabs show them. */
export const SEARCH_KINDS = ['resource', 'thread', 'post', 'meeting', 'member'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export function isSearchKind(value: unknown): value is SearchKind {
  return typeof value === 'string' && (SEARCH_KINDS as readonly string[]).includes(value);
}
