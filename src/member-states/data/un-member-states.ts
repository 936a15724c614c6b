/**
 * The 193 Member States of the United Nations, as reference data seeded on first start.
 *
 * Names are the English short names the UN uses in its list of Member States and in the M49
 * standard (so "Türkiye", "Netherlands (Kingdom of the)", "Bolivia (Plurinational State of)").
 * Codes are ISO 3166-1 alpha-3 and alpha-2. Observer States and territories (Holy See, State of
 * Palestine, Kosovo, Taiwan, Western Sahara…) are not Member States and are not listed.
 *
 * Regions follow the UN geoscheme (M49). M49 has three levels below the world: region (Africa,
 * Americas, Asia, Europe, Oceania), sub-region ("Sub-Saharan Africa", "Latin America and the
 * Caribbean", "Western Asia"…) and, for two sub-regions only, an intermediate region ("Eastern
 * Africa", "Caribbean"…). `subRegion` holds the finest level M49 gives a State: its intermediate
 * region when it has one, its sub-region otherwise. Two sub-regions ("Sub-Saharan Africa",
 * "Latin America and the Caribbean") would otherwise lump 48 and 33 States together, which says
 * little on a regional dashboard; the coarser level is recovered with `m49SubRegionOf()`.
 * (Northern Europe's only intermediate region, the Channel Islands, holds no Member State.)
 */

export const UN_REGIONS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type UnRegion = (typeof UN_REGIONS)[number];

/** M49 intermediate regions and the M49 sub-region each belongs to. */
const INTERMEDIATE_REGION_PARENTS: Readonly<Record<string, string>> = {
  'Eastern Africa': 'Sub-Saharan Africa',
  'Middle Africa': 'Sub-Saharan Africa',
  'Southern Africa': 'Sub-Saharan Africa',
  'Western Africa': 'Sub-Saharan Africa',
  Caribbean: 'Latin America and the Caribbean',
  'Central America': 'Latin America and the Caribbean',
  'South America': 'Latin America and the Caribbean',
};

/** The M49 sub-regions and intermediate regions that hold at least one Member State, by region. */
export const UN_SUB_REGIONS: Readonly<Record<UnRegion, readonly string[]>> = {
  Africa: ['Northern Africa', 'Eastern Africa', 'Middle Africa', 'Southern Africa', 'Western Africa'],
  Americas: ['Caribbean', 'Central America', 'South America', 'Northern America'],
  Asia: ['Central Asia', 'Eastern Asia', 'South-eastern Asia', 'Southern Asia', 'Western Asia'],
  Europe: ['Eastern Europe', 'Northern Europe', 'Southern Europe', 'Western Europe'],
  Oceania: ['Australia and New Zealand', 'Melanesia', 'Micronesia', 'Polynesia'],
};

export interface UnMemberState {
  /** English short name as the UN writes it. */
  readonly name: string;
  /** ISO 3166-1 alpha-3: the code the portal uses for a State everywhere. */
  readonly alpha3: string;
  /** ISO 3166-1 alpha-2 (flags, e-mail domains, carrier data that uses two letters). */
  readonly alpha2: string;
  readonly region: UnRegion;
  /** The M49 intermediate region when there is one, else the M49 sub-region (see above). */
  readonly subRegion: string;
}

/** The M49 sub-region proper: "Sub-Saharan Africa" for "Eastern Africa", itself otherwise. */
export function m49SubRegionOf(subRegion: string): string {
  return INTERMEDIATE_REGION_PARENTS[subRegion] ?? subRegion;
}

type Row = readonly [name: string, alpha3: string, alpha2: string];

/** Rows grouped as M49 groups them, so a misplaced State stands out in review. */
const GROUPS: ReadonlyArray<readonly [UnRegion, string, readonly Row[]]> = [
  [
    'Africa',
    'Northern Africa',
    [
      ['Algeria', 'DZA', 'DZ'],
      ['Egypt', 'EGY', 'EG'],
      ['Libya', 'LBY', 'LY'],
      ['Morocco', 'MAR', 'MA'],
      ['Sudan', 'SDN', 'SD'],
      ['Tunisia', 'TUN', 'TN'],
    ],
  ],
  [
    'Africa',
    'Eastern Africa',
    [
      ['Burundi', 'BDI', 'BI'],
      ['Comoros', 'COM', 'KM'],
      ['Djibouti', 'DJI', 'DJ'],
      ['Eritrea', 'ERI', 'ER'],
      ['Ethiopia', 'ETH', 'ET'],
      ['Kenya', 'KEN', 'KE'],
      ['Madagascar', 'MDG', 'MG'],
      ['Malawi', 'MWI', 'MW'],
      ['Mauritius', 'MUS', 'MU'],
      ['Mozambique', 'MOZ', 'MZ'],
      ['Rwanda', 'RWA', 'RW'],
      ['Seychelles', 'SYC', 'SC'],
      ['Somalia', 'SOM', 'SO'],
      ['South Sudan', 'SSD', 'SS'],
      ['Uganda', 'UGA', 'UG'],
      ['United Republic of Tanzania', 'TZA', 'TZ'],
      ['Zambia', 'ZMB', 'ZM'],
      ['Zimbabwe', 'ZWE', 'ZW'],
    ],
  ],
  [
    'Africa',
    'Middle Africa',
    [
      ['Angola', 'AGO', 'AO'],
      ['Cameroon', 'CMR', 'CM'],
      ['Central African Republic', 'CAF', 'CF'],
      ['Chad', 'TCD', 'TD'],
      ['Congo', 'COG', 'CG'],
      ['Democratic Republic of the Congo', 'COD', 'CD'],
      ['Equatorial Guinea', 'GNQ', 'GQ'],
      ['Gabon', 'GAB', 'GA'],
      ['Sao Tome and Principe', 'STP', 'ST'],
    ],
  ],
  [
    'Africa',
    'Southern Africa',
    [
      ['Botswana', 'BWA', 'BW'],
      ['Eswatini', 'SWZ', 'SZ'],
      ['Lesotho', 'LSO', 'LS'],
      ['Namibia', 'NAM', 'NA'],
      ['South Africa', 'ZAF', 'ZA'],
    ],
  ],
  [
    'Africa',
    'Western Africa',
    [
      ['Benin', 'BEN', 'BJ'],
      ['Burkina Faso', 'BFA', 'BF'],
      ['Cabo Verde', 'CPV', 'CV'],
      ["Côte d'Ivoire", 'CIV', 'CI'],
      ['Gambia', 'GMB', 'GM'],
      ['Ghana', 'GHA', 'GH'],
      ['Guinea', 'GIN', 'GN'],
      ['Guinea-Bissau', 'GNB', 'GW'],
      ['Liberia', 'LBR', 'LR'],
      ['Mali', 'MLI', 'ML'],
      ['Mauritania', 'MRT', 'MR'],
      ['Niger', 'NER', 'NE'],
      ['Nigeria', 'NGA', 'NG'],
      ['Senegal', 'SEN', 'SN'],
      ['Sierra Leone', 'SLE', 'SL'],
      ['Togo', 'TGO', 'TG'],
    ],
  ],
  [
    'Americas',
    'Caribbean',
    [
      ['Antigua and Barbuda', 'ATG', 'AG'],
      ['Bahamas', 'BHS', 'BS'],
      ['Barbados', 'BRB', 'BB'],
      ['Cuba', 'CUB', 'CU'],
      ['Dominica', 'DMA', 'DM'],
      ['Dominican Republic', 'DOM', 'DO'],
      ['Grenada', 'GRD', 'GD'],
      ['Haiti', 'HTI', 'HT'],
      ['Jamaica', 'JAM', 'JM'],
      ['Saint Kitts and Nevis', 'KNA', 'KN'],
      ['Saint Lucia', 'LCA', 'LC'],
      ['Saint Vincent and the Grenadines', 'VCT', 'VC'],
      ['Trinidad and Tobago', 'TTO', 'TT'],
    ],
  ],
  [
    'Americas',
    'Central America',
    [
      ['Belize', 'BLZ', 'BZ'],
      ['Costa Rica', 'CRI', 'CR'],
      ['El Salvador', 'SLV', 'SV'],
      ['Guatemala', 'GTM', 'GT'],
      ['Honduras', 'HND', 'HN'],
      ['Mexico', 'MEX', 'MX'],
      ['Nicaragua', 'NIC', 'NI'],
      ['Panama', 'PAN', 'PA'],
    ],
  ],
  [
    'Americas',
    'South America',
    [
      ['Argentina', 'ARG', 'AR'],
      ['Bolivia (Plurinational State of)', 'BOL', 'BO'],
      ['Brazil', 'BRA', 'BR'],
      ['Chile', 'CHL', 'CL'],
      ['Colombia', 'COL', 'CO'],
      ['Ecuador', 'ECU', 'EC'],
      ['Guyana', 'GUY', 'GY'],
      ['Paraguay', 'PRY', 'PY'],
      ['Peru', 'PER', 'PE'],
      ['Suriname', 'SUR', 'SR'],
      ['Uruguay', 'URY', 'UY'],
      ['Venezuela (Bolivarian Republic of)', 'VEN', 'VE'],
    ],
  ],
  [
    'Americas',
    'Northern America',
    [
      ['Canada', 'CAN', 'CA'],
      ['United States of America', 'USA', 'US'],
    ],
  ],
  [
    'Asia',
    'Central Asia',
    [
      ['Kazakhstan', 'KAZ', 'KZ'],
      ['Kyrgyzstan', 'KGZ', 'KG'],
      ['Tajikistan', 'TJK', 'TJ'],
      ['Turkmenistan', 'TKM', 'TM'],
      ['Uzbekistan', 'UZB', 'UZ'],
    ],
  ],
  [
    'Asia',
    'Eastern Asia',
    [
      ['China', 'CHN', 'CN'],
      ["Democratic People's Republic of Korea", 'PRK', 'KP'],
      ['Japan', 'JPN', 'JP'],
      ['Mongolia', 'MNG', 'MN'],
      ['Republic of Korea', 'KOR', 'KR'],
    ],
  ],
  [
    'Asia',
    'South-eastern Asia',
    [
      ['Brunei Darussalam', 'BRN', 'BN'],
      ['Cambodia', 'KHM', 'KH'],
      ['Indonesia', 'IDN', 'ID'],
      ["Lao People's Democratic Republic", 'LAO', 'LA'],
      ['Malaysia', 'MYS', 'MY'],
      ['Myanmar', 'MMR', 'MM'],
      ['Philippines', 'PHL', 'PH'],
      ['Singapore', 'SGP', 'SG'],
      ['Thailand', 'THA', 'TH'],
      ['Timor-Leste', 'TLS', 'TL'],
      ['Viet Nam', 'VNM', 'VN'],
    ],
  ],
  [
    'Asia',
    'Southern Asia',
    [
      ['Afghanistan', 'AFG', 'AF'],
      ['Bangladesh', 'BGD', 'BD'],
      ['Bhutan', 'BTN', 'BT'],
      ['India', 'IND', 'IN'],
      ['Iran (Islamic Republic of)', 'IRN', 'IR'],
      ['Maldives', 'MDV', 'MV'],
      ['Nepal', 'NPL', 'NP'],
      ['Pakistan', 'PAK', 'PK'],
      ['Sri Lanka', 'LKA', 'LK'],
    ],
  ],
  [
    'Asia',
    'Western Asia',
    [
      ['Armenia', 'ARM', 'AM'],
      ['Azerbaijan', 'AZE', 'AZ'],
      ['Bahrain', 'BHR', 'BH'],
      ['Cyprus', 'CYP', 'CY'],
      ['Georgia', 'GEO', 'GE'],
      ['Iraq', 'IRQ', 'IQ'],
      ['Israel', 'ISR', 'IL'],
      ['Jordan', 'JOR', 'JO'],
      ['Kuwait', 'KWT', 'KW'],
      ['Lebanon', 'LBN', 'LB'],
      ['Oman', 'OMN', 'OM'],
      ['Qatar', 'QAT', 'QA'],
      ['Saudi Arabia', 'SAU', 'SA'],
      ['Syrian Arab Republic', 'SYR', 'SY'],
      ['Türkiye', 'TUR', 'TR'],
      ['United Arab Emirates', 'ARE', 'AE'],
      ['Yemen', 'YEM', 'YE'],
    ],
  ],
  [
    'Europe',
    'Eastern Europe',
    [
      ['Belarus', 'BLR', 'BY'],
      ['Bulgaria', 'BGR', 'BG'],
      ['Czechia', 'CZE', 'CZ'],
      ['Hungary', 'HUN', 'HU'],
      ['Poland', 'POL', 'PL'],
      ['Republic of Moldova', 'MDA', 'MD'],
      ['Romania', 'ROU', 'RO'],
      ['Russian Federation', 'RUS', 'RU'],
      ['Slovakia', 'SVK', 'SK'],
      ['Ukraine', 'UKR', 'UA'],
    ],
  ],
  [
    'Europe',
    'Northern Europe',
    [
      ['Denmark', 'DNK', 'DK'],
      ['Estonia', 'EST', 'EE'],
      ['Finland', 'FIN', 'FI'],
      ['Iceland', 'ISL', 'IS'],
      ['Ireland', 'IRL', 'IE'],
      ['Latvia', 'LVA', 'LV'],
      ['Lithuania', 'LTU', 'LT'],
      ['Norway', 'NOR', 'NO'],
      ['Sweden', 'SWE', 'SE'],
      ['United Kingdom of Great Britain and Northern Ireland', 'GBR', 'GB'],
    ],
  ],
  [
    'Europe',
    'Southern Europe',
    [
      ['Albania', 'ALB', 'AL'],
      ['Andorra', 'AND', 'AD'],
      ['Bosnia and Herzegovina', 'BIH', 'BA'],
      ['Croatia', 'HRV', 'HR'],
      ['Greece', 'GRC', 'GR'],
      ['Italy', 'ITA', 'IT'],
      ['Malta', 'MLT', 'MT'],
      ['Montenegro', 'MNE', 'ME'],
      ['North Macedonia', 'MKD', 'MK'],
      ['Portugal', 'PRT', 'PT'],
      ['San Marino', 'SMR', 'SM'],
      ['Serbia', 'SRB', 'RS'],
      ['Slovenia', 'SVN', 'SI'],
      ['Spain', 'ESP', 'ES'],
    ],
  ],
  [
    'Europe',
    'Western Europe',
    [
      ['Austria', 'AUT', 'AT'],
      ['Belgium', 'BEL', 'BE'],
      ['France', 'FRA', 'FR'],
      ['Germany', 'DEU', 'DE'],
      ['Liechtenstein', 'LIE', 'LI'],
      ['Luxembourg', 'LUX', 'LU'],
      ['Monaco', 'MCO', 'MC'],
      ['Netherlands (Kingdom of the)', 'NLD', 'NL'],
      ['Switzerland', 'CHE', 'CH'],
    ],
  ],
  [
    'Oceania',
    'Australia and New Zealand',
    [
      ['Australia', 'AUS', 'AU'],
      ['New Zealand', 'NZL', 'NZ'],
    ],
  ],
  [
    'Oceania',
    'Melanesia',
    [
      ['Fiji', 'FJI', 'FJ'],
      ['Papua New Guinea', 'PNG', 'PG'],
      ['Solomon Islands', 'SLB', 'SB'],
      ['Vanuatu', 'VUT', 'VU'],
    ],
  ],
  [
    'Oceania',
    'Micronesia',
    [
      ['Kiribati', 'KIR', 'KI'],
      ['Marshall Islands', 'MHL', 'MH'],
      ['Micronesia (Federated States of)', 'FSM', 'FM'],
      ['Nauru', 'NRU', 'NR'],
      ['Palau', 'PLW', 'PW'],
    ],
  ],
  [
    'Oceania',
    'Polynesia',
    [
      ['Samoa', 'WSM', 'WS'],
      ['Tonga', 'TON', 'TO'],
      ['Tuvalu', 'TUV', 'TV'],
    ],
  ],
];

/** All 193 Member States, sorted by English short name (the order a State picker shows). */
export const UN_MEMBER_STATES: readonly UnMemberState[] = Object.freeze(
  GROUPS.flatMap(([region, subRegion, rows]) =>
    rows.map(([name, alpha3, alpha2]) => Object.freeze({ name, alpha3, alpha2, region, subRegion })),
  ).sort((a, b) => a.name.localeCompare(b.name, 'en')),
);

const BY_ALPHA3: ReadonlyMap<string, UnMemberState> = new Map(
  UN_MEMBER_STATES.map((state) => [state.alpha3, state]),
);

/** The Member State with this alpha-3 code (case-insensitive), or undefined for any other code. */
export function findMemberState(alpha3: string): UnMemberState | undefined {
  return BY_ALPHA3.get(alpha3.trim().toUpperCase());
}
