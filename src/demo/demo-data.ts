import type { Role } from '../common/identity/role';

/** A demo IWG region and its States. */
export const DEMO_REGION = {
  code: 'eastern-africa',
  name: 'Eastern Africa Informal Working Group',
};

/** Where each one stands, and how it got there, is in states-demo.ts. */
export const DEMO_STATES: { code: string }[] = [
  { code: 'KEN' },
  { code: 'UGA' },
  { code: 'TZA' },
  { code: 'ETH' },
  { code: 'RWA' },
];

/** One person per role, so a newcomer can see the portal through each of their eyes. */
export const DEMO_PEOPLE: { email: string; name: string; role: Role; organisation: string }[] = [
  { email: 'admin@demo.example.org', name: 'Aïcha Benali', role: 'admin', organisation: 'UNOCT' },
  { email: 'staff@demo.example.org', name: 'Tomás Rivera', role: 'staff', organisation: 'UNOCT' },
  {
    email: 'partner@demo.example.org',
    name: 'Ingrid Halvorsen',
    role: 'partner',
    organisation: 'CTED',
  },
  {
    email: 'focal.kenya@demo.example.org',
    name: 'Wanjiru Kamau',
    role: 'focal-point',
    organisation: 'KEN',
  },
  {
    email: 'official.kenya@demo.example.org',
    name: 'Otieno Mwangi',
    role: 'official',
    organisation: 'KEN',
  },
  {
    email: 'official.uganda@demo.example.org',
    name: 'Grace Nakato',
    role: 'official',
    organisation: 'UGA',
  },
  { email: 'expert@demo.example.org', name: 'Lukas Brandt', role: 'expert', organisation: 'UNOCT' },
  {
    email: 'analyst.kenya@demo.example.org',
    name: 'Faith Chebet',
    role: 'piu-analyst',
    organisation: 'KEN',
  },
];
