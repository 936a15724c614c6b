/** The roadmap's four pillars and the maritime component across them. */
export const PILLARS = [
  { code: 'legislative', name: 'Legislative', position: 1, crossCutting: false },
  { code: 'piu', name: 'Passenger Information Unit', position: 2, crossCutting: false },
  {
    code: 'carrier-engagement',
    name: 'Carrier engagement and connectivity',
    position: 3,
    crossCutting: false,
  },
  { code: 'technology', name: 'Technology', position: 4, crossCutting: false },
  { code: 'maritime', name: 'Maritime', position: 5, crossCutting: true },
] as const;
