/** What an organisation is: every user belongs to exactly one. */
export type OrganisationKind = 'state' | 'programme' | 'partner';

/** The platform's roles. Order matters only for display. */
export const ROLES = [
  'admin',
  'staff',
  'partner',
  'focal-point',
  'official',
  'expert',
  'piu-analyst',
] as const;
export type Role = (typeof ROLES)[number];

/** Roles whose accounts must enrol two-factor authentication before using the portal. */
export const TWO_FACTOR_REQUIRED: ReadonlySet<Role> = new Set<Role>([
  'admin',
  'staff',
  'piu-analyst',
]);

/** Which organisation kind each role belongs to: a State's roles need a State. */
export const ROLE_ORGANISATION_KIND: Record<Role, 'state' | 'programme' | 'partner' | 'any'> = {
  admin: 'programme',
  staff: 'programme',
  partner: 'partner',
  'focal-point': 'state',
  official: 'state',
  expert: 'any',
  'piu-analyst': 'state',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
