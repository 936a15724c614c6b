import type { ScreeningSubject, SubjectDocument } from '../matching/screening-subject';
import type { Traveller } from '../model';
import { travellerName } from './message-facts';

/**
 * What the matcher is asked about one traveller. The traveller's own name comes first; a travel
 * document that states a different name (PNR SSR DOCS names differ from the booking name when
 * the booking was made under a short or misspelled name) gives a second subject, so the name on
 * the passport is screened too. Documents ride with the first subject only: one document check
 * per traveller.
 */
export function screeningSubjects(traveller: Traveller): ScreeningSubject[] {
  const primaryDocument = traveller.documents.find((document) => document.role === 'primary');
  const nationality = traveller.nationality ?? primaryDocument?.nationality;
  const gender =
    traveller.gender === 'M' || traveller.gender === 'F' ? traveller.gender : undefined;
  const documents: SubjectDocument[] = traveller.documents
    .filter((document) => document.number.trim() !== '')
    .map((document) => ({
      number: document.number,
      issuingCountry: document.issuingCountry,
      type: document.type || undefined,
    }));
  const fullName = travellerName(traveller);
  const main: ScreeningSubject = {
    fullName: fullName || undefined,
    givenNames: traveller.givenNames || undefined,
    surname: traveller.surname || undefined,
    dateOfBirth: traveller.dateOfBirth,
    nationality,
    gender,
    documents,
  };
  const subjects = [main];
  const seen = new Set([fullName.toUpperCase()]);
  for (const document of traveller.documents) {
    if (!document.surname) continue;
    const name = [document.givenNames ?? '', document.surname]
      .filter((part) => part.trim() !== '')
      .join(' ');
    if (seen.has(name.toUpperCase())) continue;
    seen.add(name.toUpperCase());
    subjects.push({
      fullName: name,
      givenNames: document.givenNames,
      surname: document.surname,
      dateOfBirth: traveller.dateOfBirth,
      nationality: document.nationality ?? nationality,
      gender,
    });
  }
  return subjects;
}
