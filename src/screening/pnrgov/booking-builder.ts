import { newTraveller } from '../edifact/model-factory';
import type { Segment } from '../edifact/segment';
import type { Booking, Ssr } from '../model/booking';
import type { TravelDocument, Traveller } from '../model/traveller';
import type { DocsData } from './ssr-text';

/** Infant data seen before (or without) the infant's own TIF: SSR INFT, DOCS `FI`/`MI`. */
interface PendingInfant {
  surname?: string;
  givenNames?: string;
  dateOfBirth?: string;
  gender?: Traveller['gender'];
  nationality?: string;
  documents: TravelDocument[];
}

/**
 * One PNR being assembled: its travellers (registered into the message's list), lookups by the
 * PNR's traveller reference, and the infant bookkeeping (an infant's data often arrives under
 * the adult's TIF before the infant's own TIF, or without one).
 */
export class BookingBuilder {
  private readonly byReference = new Map<string, Traveller>();
  private readonly pendingInfants = new Map<string, PendingInfant>();
  readonly travellers: Traveller[] = [];
  /** SSRs that could not be tied to a traveller when read: tried again at the end. */
  readonly unattached: { segment: Segment; ssr: Ssr; legId?: string }[] = [];

  constructor(
    readonly booking: Booking,
    private readonly all: Traveller[],
  ) {}

  /** Adds a traveller from a TIF; infants are linked to their adult. */
  addTraveller(init: {
    surname: string;
    givenNames: string;
    title?: string;
    typeCode?: string;
    reference?: string;
    withInfant?: boolean;
  }): Traveller {
    const index = this.all.length + 1;
    const traveller = newTraveller(`T${index}`, 'passenger', index);
    traveller.surname = init.surname;
    traveller.givenNames = init.givenNames;
    if (init.title) traveller.title = init.title;
    if (init.typeCode) traveller.typeCode = init.typeCode;
    if (init.reference) {
      traveller.referenceInBooking = init.reference;
      if (!this.byReference.has(init.reference)) this.byReference.set(init.reference, traveller);
    }
    traveller.bookingId = this.booking.id;
    this.all.push(traveller);
    this.travellers.push(traveller);
    this.booking.travellerIds.push(traveller.id);
    if (init.typeCode === 'IN' || init.typeCode === 'INF') this.linkInfant(traveller);
    else if (init.withInfant) this.withInfant.add(traveller.id);
    return traveller;
  }

  private readonly withInfant = new Set<string>();

  /** The traveller a PNR reference (`1`, `1.1`, `002`) points to. */
  byRef(reference: string | undefined): Traveller | undefined {
    if (!reference) return undefined;
    const direct = this.byReference.get(reference);
    if (direct) return direct;
    const numeric = Number.parseFloat(reference);
    if (!Number.isFinite(numeric)) return undefined;
    for (const [key, traveller] of this.byReference) {
      if (Number.parseFloat(key) === numeric) return traveller;
    }
    return undefined;
  }

  /** By surname (and given name when several share it), for SSRs without a reference. */
  byName(surname: string | undefined, givenNames?: string): Traveller | undefined {
    if (!surname) return undefined;
    const key = surname.replace(/\s+/g, '').toUpperCase();
    const matches = this.travellers.filter(
      (traveller) => traveller.surname.replace(/\s+/g, '').toUpperCase() === key,
    );
    if (matches.length <= 1 || !givenNames) return matches[0];
    const given = givenNames.replace(/\s+/g, '').toUpperCase();
    return (
      matches.find((traveller) =>
        given.startsWith(traveller.givenNames.replace(/\s+/g, '').toUpperCase()),
      ) ?? matches[0]
    );
  }

  /** The only adult of the booking, when there is exactly one. */
  soleAdult(): Traveller | undefined {
    const adults = this.travellers.filter((traveller) => !traveller.infant);
    return adults.length === 1 ? adults[0] : undefined;
  }

  private linkInfant(infant: Traveller): void {
    infant.infant = true;
    const adults = this.travellers.filter((traveller) => !traveller.infant && !traveller.infantId);
    const adult =
      adults.find((traveller) => this.withInfant.has(traveller.id)) ?? adults[adults.length - 1];
    if (!adult) return;
    adult.infantId = infant.id;
    infant.accompanyingAdultId = adult.id;
    const pending = this.pendingInfants.get(adult.id);
    if (pending) {
      this.pendingInfants.delete(adult.id);
      this.applyInfantData(infant, pending);
    }
  }

  private applyInfantData(infant: Traveller, data: PendingInfant): void {
    if (!infant.dateOfBirth && data.dateOfBirth) infant.dateOfBirth = data.dateOfBirth;
    if (!infant.gender && data.gender) infant.gender = data.gender;
    if (!infant.nationality && data.nationality) infant.nationality = data.nationality;
    if (!infant.givenNames && data.givenNames) infant.givenNames = data.givenNames;
    for (const document of data.documents) this.addDocument(infant, document);
  }

  /** Infant data found under an adult: to the infant when known, else kept until it is. */
  infantData(
    adult: Traveller,
    data: Omit<PendingInfant, 'documents'> & { document?: TravelDocument },
  ): void {
    const infant = adult.infantId
      ? this.all.find((traveller) => traveller.id === adult.infantId)
      : undefined;
    const pending: PendingInfant = { ...data, documents: data.document ? [data.document] : [] };
    delete (pending as { document?: TravelDocument }).document;
    if (infant) {
      this.applyInfantData(infant, pending);
      return;
    }
    const existing = this.pendingInfants.get(adult.id);
    if (!existing) {
      this.pendingInfants.set(adult.id, pending);
      return;
    }
    existing.surname ??= pending.surname;
    existing.givenNames ??= pending.givenNames;
    existing.dateOfBirth ??= pending.dateOfBirth;
    existing.gender ??= pending.gender;
    existing.nationality ??= pending.nationality;
    existing.documents.push(...pending.documents);
  }

  /** DOCS facts onto a traveller (or its infant when the DOCS says FI/MI). */
  applyDocs(traveller: Traveller, docs: DocsData): void {
    if (docs.infant && !traveller.infant) {
      const infantData: Omit<PendingInfant, 'documents'> & { document?: TravelDocument } = {};
      if (docs.surname) infantData.surname = docs.surname;
      if (docs.givenNames) infantData.givenNames = docs.givenNames;
      if (docs.dateOfBirth) infantData.dateOfBirth = docs.dateOfBirth;
      if (docs.gender) infantData.gender = docs.gender;
      if (docs.nationality) infantData.nationality = docs.nationality;
      if (docs.document) infantData.document = docs.document;
      this.infantData(traveller, infantData);
      return;
    }
    if (!traveller.dateOfBirth && docs.dateOfBirth) traveller.dateOfBirth = docs.dateOfBirth;
    if (!traveller.gender && docs.gender) traveller.gender = docs.gender;
    if (!traveller.nationality && docs.nationality) traveller.nationality = docs.nationality;
    if (docs.document) this.addDocument(traveller, docs.document);
  }

  /** Adds a document unless the same one (type and number) is there; then fills its gaps. */
  addDocument(traveller: Traveller, document: TravelDocument): void {
    const key = document.number.replace(/\s+/g, '').toUpperCase();
    const same = traveller.documents.find(
      (existing) =>
        existing.number.replace(/\s+/g, '').toUpperCase() === key &&
        (existing.type === document.type || !existing.type || !document.type),
    );
    if (same) {
      for (const [field, value] of Object.entries(document) as [keyof TravelDocument, unknown][]) {
        if (same[field] === undefined && value !== undefined) {
          (same as unknown as Record<string, unknown>)[field] = value;
        }
      }
      return;
    }
    const primaryTaken = traveller.documents.some((existing) => existing.role === 'primary');
    traveller.documents.push({
      ...document,
      role: document.source === 'SSR DOCO' || primaryTaken ? 'secondary' : 'primary',
    });
  }

  /** At the end of the PNR: infants known only from an adult's SSRs become travellers. */
  finishInfants(): void {
    for (const [adultId, data] of [...this.pendingInfants]) {
      const adult = this.travellers.find((traveller) => traveller.id === adultId);
      if (!adult || adult.infantId) continue;
      this.withInfant.add(adult.id);
      this.addTraveller({
        surname: data.surname ?? adult.surname,
        givenNames: data.givenNames ?? '',
        typeCode: 'IN',
      });
    }
  }
}
