import { countryToAlpha3 } from './country-code';

describe('countryToAlpha3', () => {
  it.each([
    ['IRN', 'IRN'],
    ['IR', 'IRN'],
    ['af', 'AFG'],
    ['kp', 'PRK'],
    ['irq', 'IRQ'],
    ['Iran (Islamic Republic of)', 'IRN'],
    ['Syrian Arab Republic', 'SYR'],
    ['Syria', 'SYR'],
    ["Democratic People's Republic of Korea", 'PRK'],
    ['Korea, North', 'PRK'],
    ['Korea, South', 'KOR'],
    ['United Kingdom of Great Britain and Northern Ireland', 'GBR'],
    ['Congo, Democratic Republic of the', 'COD'],
    ['Democratic Republic of the Congo', 'COD'],
    ['Burma', 'MMR'],
    ['possibly Palestinian', 'PSE'],
    ['State of Palestine', 'PSE'],
    ['Türkiye', 'TUR'],
    ['Turkey', 'TUR'],
    ['North Macedonia, The Republic of', 'MKD'],
    ['Cabo Verde', 'CPV'],
    ['Bolivia (Plurinational State of)', 'BOL'],
    ['  Russian   Federation ', 'RUS'],
    ['Moldova', 'MDA'],
    ['Cote d Ivoire', 'CIV'],
    ['Bahamas, The', 'BHS'],
    ['St. Kitts & Nevis', 'KNA'],
    ['Region: Gaza', 'PSE'],
    ['Macau', 'MAC'],
    ['East Timor', 'TLS'],
  ])('%s → %s', (name, code) => {
    expect(countryToAlpha3(name)).toBe(code);
  });

  it.each([
    'former Soviet Union',

    'Region: Crimea',
    'undetermined',
    'Atlantis',
    '',
    'XXX',
    undefined,
  ])('names no current country: %s', (name) => {
    expect(countryToAlpha3(name)).toBeUndefined();
  });
});
