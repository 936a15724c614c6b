/**
 * A travel-document number reduced to what survives transcription: upper case, no spaces,
 * MRZ fillers (<), hyphens or dots, and the letters O and I read as the digits 0 and 1 (the MRZ
 * font and hand entry confuse them). "AB 123-456<<" and "A8123456" do not meet; "0I234" and
 * "OI234" do.
 */
export function normaliseDocumentNumber(raw: string): string {
  return raw
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s<\-./]/g, '')
    .replace(/O/g, '0')
    .replace(/I/g, '1');
}
