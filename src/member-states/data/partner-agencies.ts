/**
 * The organisations other than Member States that users belong to: the programme itself and
 * its partner agencies (every user belongs to exactly one organisation). Seeded on
 * first start next to the 193 Member States; `code` is the stable key the CLI takes
 * (`users:create --org CTED`) and never changes once seeded.
 */

export type NonStateOrganisationKind = 'programme' | 'partner';

export interface NonStateOrganisation {
  /** The acronym the organisation goes by; unique among organisations, 16 characters at most. */
  readonly code: string;
  readonly kind: NonStateOrganisationKind;
  /** Full English name as the organisation writes it. */
  readonly name: string;
  /** Why it is on the platform: one line shown on admin pages. */
  readonly role: string;
}

/**
 * The programme organisation. The UN Countering Terrorist Travel Programme is run by the UN
 * Office of Counter-Terrorism, so programme staff and platform administrators belong to UNOCT.
 */
export const PROGRAMME_ORGANISATION: NonStateOrganisation = Object.freeze({
  code: 'UNOCT',
  kind: 'programme',
  name: 'United Nations Office of Counter-Terrorism (UN Countering Terrorist Travel Programme)',
  role: 'Leads the UN Countering Terrorist Travel Programme and runs this platform.',
});

/** The five partner agencies of the programme, in the order the programme lists them. */
export const PARTNER_AGENCIES: readonly NonStateOrganisation[] = Object.freeze(
  [
    {
      code: 'CTED',
      name: 'Counter-Terrorism Committee Executive Directorate',
      role: 'Assesses how Member States implement Security Council resolutions on terrorist travel.',
    },
    {
      code: 'UNODC',
      name: 'United Nations Office on Drugs and Crime',
      role: 'Supports the legislative framework and criminal-justice use of passenger data.',
    },
    {
      code: 'ICAO',
      name: 'International Civil Aviation Organization',
      role: 'Sets the international standards for API and PNR data exchange with air carriers.',
    },
    {
      code: 'UNOICT',
      name: 'United Nations Office of Information and Communications Technology',
      role: 'Develops and deploys the passenger-data software (goTravel) with the programme.',
    },
    {
      code: 'INTERPOL',
      name: 'International Criminal Police Organization',
      role: 'Connects Passenger Information Units to its databases and notices.',
    },
  ].map((agency) => Object.freeze({ ...agency, kind: 'partner' as const })),
);

/** The programme organisation followed by the partner agencies: what the first start seeds. */
export const NON_STATE_ORGANISATIONS: readonly NonStateOrganisation[] = Object.freeze([
  PROGRAMME_ORGANISATION,
  ...PARTNER_AGENCIES,
]);
