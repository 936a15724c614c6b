import { cleanName, hasNonLatinLetters, invertedName, splitNameField } from './name-text';

const texts = (raw: string) => splitNameField(raw).map((name) => name.text);

describe('name text', () => {
  it('splits spellings separated by semicolons and leftover list markers', () => {
    expect(texts('Azim Adhajani; Azim Agha-Jani')).toEqual(['Azim Adhajani', 'Azim Agha-Jani']);
    expect(texts('Mohammed Sabet; Mohammad Sabet b) M. Javad Sabet')).toEqual([
      'Mohammed Sabet',
      'Mohammad Sabet',
      'M. Javad Sabet',
    ]);
  });

  it('takes original-script names out of parentheses and flags them', () => {
    expect(splitNameField('Jin Tiesan (金铁三)')).toEqual([
      { text: 'Jin Tiesan', originalScript: false },
      { text: '金铁三', originalScript: true },
    ]);
    expect(texts('Amir Khazmat (original script: Амир Хазмат)')).toEqual([
      'Amir Khazmat',
      'Амир Хазмат',
    ]);
    expect(texts('حسن غول (Hassan Ghul; Hasan Gul)')).toEqual([
      'حسن غول',
      'Hassan Ghul',
      'Hasan Gul',
    ]);
    expect(texts('Hay’at (هيئة (original script); Hayat Tahrir)')).toEqual([
      'Hay’at',
      'هيئة',
      'Hayat Tahrir',
    ]);
  });

  it('splits a name written in two scripts side by side', () => {
    expect(texts('Agha Jan Alizai اغا جان عالیزی')).toEqual(['Agha Jan Alizai', 'اغا جان عالیزی']);
  });

  it('drops notes, quotes and trailing birth details, keeps acronyms', () => {
    expect(texts('Encep Nurjaman (birth name)')).toEqual(['Encep Nurjaman']);
    expect(texts('“General” Sidiki')).toEqual(['General Sidiki']);
    expect(texts('Safia Al-Hadad, born 1 Jan. 1953 (Oman passport no.03825239)')).toEqual([
      'Safia Al-Hadad',
    ]);
    expect(texts('Lord’s Resistance Movement (LRM)')).toEqual([
      'Lord’s Resistance Movement',
      'LRM',
    ]);
    expect(texts(') Abdelrahman Juhan')).toEqual(['Abdelrahman Juhan']);
    expect(texts('Mohammad Ishaq born in 1963')).toEqual(['Mohammad Ishaq']);
    expect(texts('SECOND ACADEMY (KPE.018)')).toEqual(['SECOND ACADEMY']);
    expect(texts('Kareem; kareem')).toEqual(['Kareem']);
    expect(texts('( ) ; --')).toEqual([]);
  });

  it('cleans names and detects scripts', () => {
    expect(cleanName('  "HASSAN,   Sheikh" ')).toBe('HASSAN, Sheikh');
    expect(cleanName("'CHAPPORI, Petit'.")).toBe('CHAPPORI, Petit');
    expect(hasNonLatinLetters('Émile Ørsted')).toBe(false);
    expect(hasNonLatinLetters('Ахмед')).toBe(true);
  });

  it('inverts LAST, First but not a suffix after the comma', () => {
    expect(invertedName('OLVERA ESTRADA, Rodolfo')).toEqual({
      family: 'OLVERA ESTRADA',
      given: ['Rodolfo'],
    });
    expect(invertedName('Hilarion Santos, III')).toBeUndefined();
    expect(invertedName('No Comma')).toBeUndefined();
    expect(invertedName(', First')).toBeUndefined();
  });
});
