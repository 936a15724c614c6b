/**
 * The questionnaire the programme starts with: for each pillar and the maritime component,
 * what an assessment mission looks at, as the programme's assessment visits and the ICAO
 * API/PNR guidance frame it. Staff edit the set afterwards (`/programme/indicators`); this
 * list only fills an empty table.
 */
export interface SeedIndicator {
  readonly pillar: string;
  readonly code: string;
  readonly text: string;
  readonly guidance: string;
}

export const INDICATOR_SET: readonly SeedIndicator[] = [
  {
    pillar: 'legislative',
    code: 'LEG-1',
    text: 'A law obliges air carriers to transmit API data before departure and arrival.',
    guidance:
      'Look for the provision itself (act, decree, regulation), the flights it covers (inbound, outbound, transit) and when the data must arrive. Level 4: in force and applied to every carrier.',
  },
  {
    pillar: 'legislative',
    code: 'LEG-2',
    text: 'A legal basis allows the collection and processing of PNR data for countering terrorism and serious crime.',
    guidance:
      'Check the purposes named (UNSCR 2396 and 2482), the list of offences, and whether the basis is a law rather than an administrative instruction.',
  },
  {
    pillar: 'legislative',
    code: 'LEG-3',
    text: 'Data-protection safeguards apply to passenger data: purpose limitation, retention periods, depersonalisation and deletion.',
    guidance:
      'Retention periods written down, masking after a set period, deletion afterwards; rules for sensitive data (never processed). Compare with ICAO Annex 9 Standard 9.24 and Doc 9944.',
  },
  {
    pillar: 'legislative',
    code: 'LEG-4',
    text: 'Independent oversight of passenger-data processing exists, with a way for travellers to seek redress.',
    guidance:
      'A data-protection authority or equivalent with powers to audit the PIU; a route for complaints and correction; logs kept for the overseer.',
  },
  {
    pillar: 'legislative',
    code: 'LEG-5',
    text: 'Sanctions for carriers that fail to transmit, or transmit wrong data, are set by law and applied.',
    guidance: 'Proportionate fines or measures, who imposes them, and whether any has been imposed.',
  },
  {
    pillar: 'legislative',
    code: 'LEG-6',
    text: 'The law allows passenger data and its analysis to be shared with other States and competent authorities, with safeguards.',
    guidance:
      'Bilateral or multilateral arrangements, conditions on onward transfer, and who decides on a request.',
  },
  {
    pillar: 'piu',
    code: 'PIU-1',
    text: 'A Passenger Information Unit is established by law or decree, with a clear mandate.',
    guidance:
      'The instrument that creates the PIU, its host agency, its tasks, and which agencies it serves.',
  },
  {
    pillar: 'piu',
    code: 'PIU-2',
    text: 'The PIU is staffed by vetted analysts from the relevant agencies (police, customs, immigration, intelligence).',
    guidance:
      'Number of analysts against the traffic, shift cover, vetting procedure, and secondments from each agency.',
  },
  {
    pillar: 'piu',
    code: 'PIU-3',
    text: 'PIU staff are trained in passenger-data analysis, targeting and human rights.',
    guidance:
      'Entry-level course completed, refresher training, training on risk indicators and on non-discrimination.',
  },
  {
    pillar: 'piu',
    code: 'PIU-4',
    text: 'Standard operating procedures govern how hits are reviewed, escalated and acted upon.',
    guidance:
      'Written SOPs, approved and in use; a human reviews every hit; what is handed to which agency and how it is recorded.',
  },
  {
    pillar: 'piu',
    code: 'PIU-5',
    text: 'The PIU works around the clock with the border agencies at the ports of entry.',
    guidance: 'Operating hours, contact points at airports and seaports, response times to a referral.',
  },
  {
    pillar: 'piu',
    code: 'PIU-6',
    text: 'The PIU records its results and reviews its rules and watchlists regularly.',
    guidance:
      'Statistics on hits, referrals and outcomes; periodic review of risk rules for bias and effectiveness.',
  },
  {
    pillar: 'carrier-engagement',
    code: 'CAR-1',
    text: 'The State knows which carriers serve it and has a contact at each for passenger data.',
    guidance: 'A carrier register with scheduled and charter operators and their data contacts.',
  },
  {
    pillar: 'carrier-engagement',
    code: 'CAR-2',
    text: 'Carriers have been informed of the data requirements in a published implementation guide.',
    guidance:
      'A national guide following the WCO, IATA and ICAO API and PNR guidelines: message versions, timing, addresses.',
  },
  {
    pillar: 'carrier-engagement',
    code: 'CAR-3',
    text: 'Connectivity with carriers is established, directly or through a service provider.',
    guidance: 'Share of carriers connected and of passengers covered; the network used (SITA, ARINC, direct).',
  },
  {
    pillar: 'carrier-engagement',
    code: 'CAR-4',
    text: 'Messages follow the international PAXLST and PNRGOV message standards.',
    guidance: 'Versions accepted, certification or testing with each carrier, handling of non-standard data.',
  },
  {
    pillar: 'carrier-engagement',
    code: 'CAR-5',
    text: 'Data quality from carriers is monitored and issues are followed up with them.',
    guidance: 'Completeness and timeliness measured per carrier; a routine to raise problems with carriers.',
  },
  {
    pillar: 'carrier-engagement',
    code: 'CAR-6',
    text: 'An interactive API (iAPI) service lets the State give boarding directions where the law provides.',
    guidance: 'Whether iAPI is required, tested, and used; how a "do not board" answer is decided by a person.',
  },
  {
    pillar: 'technology',
    code: 'TEC-1',
    text: 'A passenger-data system receives, stores and processes API and PNR messages.',
    guidance: 'The system in place (goTravel or other), its environments, and the messages it handles today.',
  },
  {
    pillar: 'technology',
    code: 'TEC-2',
    text: 'Passenger data is checked against national and international watchlists.',
    guidance:
      'UN Security Council Consolidated List, INTERPOL SLTD and notices, national lists; how often lists are updated.',
  },
  {
    pillar: 'technology',
    code: 'TEC-3',
    text: 'Risk-based targeting rules can be written, tested and reviewed by the PIU.',
    guidance: 'Who writes rules, how they are tested before use, and how their results are reviewed.',
  },
  {
    pillar: 'technology',
    code: 'TEC-4',
    text: 'Access to the system is controlled, logged and audited.',
    guidance: 'Individual accounts, two-factor sign-in, roles, and an audit log the overseer can read.',
  },
  {
    pillar: 'technology',
    code: 'TEC-5',
    text: 'The system is hosted securely, with backups and continuity arrangements.',
    guidance: 'Hosting (government data centre or other), backups tested, recovery time, who maintains it.',
  },
  {
    pillar: 'technology',
    code: 'TEC-6',
    text: 'Retention, depersonalisation and deletion are enforced by the system.',
    guidance: 'The periods the law sets are configured and run automatically; evidence that old data is gone.',
  },
  {
    pillar: 'maritime',
    code: 'MAR-1',
    text: 'The law covers passenger and crew data of vessels arriving at and leaving the State.',
    guidance: 'Which vessels (cruise, ferries, cargo crew), and the FAL Convention forms or electronic equivalents.',
  },
  {
    pillar: 'maritime',
    code: 'MAR-2',
    text: 'Shipping companies and agents transmit passenger and crew lists before arrival.',
    guidance: 'Through a maritime single window or directly; how far ahead of arrival.',
  },
  {
    pillar: 'maritime',
    code: 'MAR-3',
    text: 'Maritime passenger and crew data reach the PIU and are screened like air data.',
    guidance: 'Whether the PIU receives the lists, and whether they pass through the same watchlist checks.',
  },
  {
    pillar: 'maritime',
    code: 'MAR-4',
    text: 'Port authorities and the PIU have agreed how referrals at seaports are handled.',
    guidance: 'Contacts at each port, SOPs for a hit on a vessel, and joint exercises held.',
  },
  {
    pillar: 'maritime',
    code: 'MAR-5',
    text: 'Staff dealing with maritime data are trained in its formats and risks.',
    guidance: 'Training on crew lists, FAL forms, and typical maritime risk indicators.',
  },
];
