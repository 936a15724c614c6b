import { formatDate } from '../../common/i18n/intl-format';
import { translate, translateText, type Translatable } from '../../common/i18n/translator';
import { compareWithEntry, documentShown, genderShown, type ShownValue } from './hit-comparison';
import type { ExportedHitRecord } from './hit-export-record';
import { conditionsView, explanationView, shownScore } from './hit-explanation';
import type { PrintedRecord, PrintedSection } from './pdf/record-pdf';

/**
 * An exported hit record as the PDF prints it: every label in the exporting analyst's
 * language, dates in their time zone, names and codes as recorded.
 */
export function printedRecord(
  data: ExportedHitRecord,
  locale: string,
  timeZone: string,
): PrintedRecord {
  const t = (key: string, params?: Record<string, unknown>) => translate(locale, key, params);
  const text = (value: Translatable) => translateText(locale, value);
  const when = (iso: string | null | undefined) => formatDate(iso, locale, timeZone, 'dateTime');
  const shown = (values: ShownValue[]) => (values.length ? values.map(text).join('; ') : '—');
  const row = (
    key: string,
    value: string | string[] | null | undefined,
  ): [string, string | string[]] => [
    t(key),
    value === null || value === undefined || value === '' ? '—' : value,
  ];
  const status = (code: string | null) => (code ? t(`hits.status.${code}`) : '');

  const { hit, traveller, entry } = data;
  const sections: PrintedSection[] = [];
  sections.push({
    title: t('hits.export.section.hit'),
    rows: [
      row('hits.page.kind', t(`hits.kind.${hit.kind}`)),
      row('hits.page.severity', t(`rules.severity.${hit.severity}`)),
      row('hits.page.score', shownScore(hit.score)),
      row('hits.page.status', status(hit.status)),
      row('hits.page.assignee', hit.assignee),
      row('hits.page.raised', when(hit.raisedAt)),
    ],
  });
  sections.push({
    title: t('hits.traveller.title'),
    rows: [
      row('hits.field.name', [traveller.surname, traveller.givenNames].filter(Boolean).join(' ')),
      ...(traveller.latin
        ? [row('hits.export.latin', `${traveller.latin.surname} ${traveller.latin.givenNames}`)]
        : []),
      row('hits.traveller.role', t(`hits.role.${traveller.role}`)),
      row('hits.field.dateOfBirth', traveller.dateOfBirth),
      row('hits.field.gender', traveller.gender ? text(genderShown(traveller.gender)) : null),
      row('hits.field.nationality', traveller.nationality),
      row('hits.traveller.residence', traveller.residence),
      row(
        'hits.field.documents',
        traveller.documents.map((document) =>
          [text(documentShown(document)), document.expiry].filter(Boolean).join(' · '),
        ),
      ),
      row(
        'hits.traveller.contacts',
        traveller.contacts.map(
          (contact) => `${t(`hits.contact.${contact.kind}`)}: ${contact.value}`,
        ),
      ),
      row('hits.traveller.seat', traveller.seat),
      row(
        'hits.traveller.journey',
        traveller.embarkation || traveller.debarkation
          ? `${traveller.embarkation ?? '?'} → ${traveller.debarkation ?? '?'}`
          : null,
      ),
      row('hits.traveller.bookings', traveller.pnrLocators.join(', ')),
    ],
  });
  if (entry && data.list) {
    const comparison = compareWithEntry(
      traveller,
      entry,
      data.explanation.match?.entryName,
      hit.kind === 'name',
    );
    sections.push({
      title: t('hits.entry.title'),
      rows: [
        row(
          'hits.entry.list',
          data.list.version === null
            ? data.list.name
            : t('hits.entry.listVersion', { list: data.list.name, version: data.list.version }),
        ),
        row('hits.entry.reference', data.list.entryReference),
        row(
          'hits.entry.names',
          entry.names.map((name) => `${name.full} (${t(`hits.nameQuality.${name.quality}`)})`),
        ),
        ...comparison
          .filter((field) => field.field !== 'name')
          .map((field) => row(`hits.field.${field.field}`, shown(field.entry))),
        row('hits.entry.category', entry.category),
        row('hits.entry.programmes', entry.programmes.join(', ')),
        row('hits.entry.remarks', entry.remarks),
      ],
    });
    sections.push({
      title: t('hits.compare.title'),
      rows: comparison.map((field) => [
        t(`hits.field.${field.field}`),
        `${shown(field.traveller)} | ${shown(field.entry)} — ${t(`hits.agreement.${field.agreement}`)}`,
      ]),
    });
  }
  if (data.rule) {
    sections.push({
      title: t('hits.rule.title'),
      rows: [
        row('hits.rule.name', data.rule.name),
        row('hits.rule.version', data.rule.version === null ? null : String(data.rule.version)),
        row('hits.rule.description', data.rule.description),
      ],
      lines: conditionsView(data.rule.conditions).map((condition) =>
        t('hits.rule.conditionLine', {
          not: condition.negated ? t('rules.view.not') : '',
          field: condition.fieldKey ? t(condition.fieldKey) : condition.field,
          op: t(condition.opKey),
          expected: text(condition.expected),
          actual: text(condition.actual),
        }),
      ),
    });
  } else {
    const explanation = explanationView(hit.score, data.explanation.match ?? undefined);
    sections.push({
      title: t('hits.explanation.title'),
      rows: [
        row('hits.page.score', explanation.score),
        row('hits.explanation.nameScore', explanation.nameScore),
      ],
      lines: [
        ...explanation.tokens.map((pair) =>
          t('hits.explanation.tokenLine', {
            traveller: pair.traveller || '—',
            entry: pair.entry || '—',
            method: t(pair.methodKey),
            similarity: pair.similarity,
            weight: pair.weight,
          }),
        ),
        ...explanation.qualifiers.map(
          (qualifier) =>
            `${t(qualifier.labelKey)}: ${text(qualifier.reason)} (${qualifier.effect})`,
        ),
      ],
    });
  }
  if (data.flight) {
    const flight = data.flight;
    sections.push({
      title: t('hits.flight.title'),
      rows: [
        row('hits.flight.flight', [flight.carrier, flight.number].filter(Boolean).join(' ')),
        row('hits.flight.departure', flight.departureLocal),
        row(
          'hits.flight.route',
          `${flight.departureLocation ?? '?'} → ${flight.arrivalLocation ?? '?'}`,
        ),
      ],
      lines: data.messages.map((message) =>
        t(message.raisedHit ? 'hits.export.messageRaised' : 'hits.export.message', {
          id: message.id,
          kind: message.kind ?? '?',
          at: when(message.receivedAt),
        }),
      ),
    });
  }
  sections.push({
    title: t('hits.history.title'),
    lines: data.history.length
      ? data.history.map((line) =>
          [
            when(line.at),
            line.by,
            t(`hits.event.${line.event}`),
            line.from && line.to ? `${status(line.from)} → ${status(line.to)}` : '',
            line.reason ? t(`hits.clearReason.${line.reason}`) : '',
            line.rememberedAsFalseMatch ? t('hits.history.remembered') : '',
            line.escalatedTo ? t('hits.history.escalatedTo', { to: line.escalatedTo }) : '',
            line.requestReference
              ? t('hits.history.exported', {
                  reference: line.requestReference,
                  format: (line.format ?? '').toUpperCase(),
                })
              : '',
            line.note ?? '',
          ]
            .filter(Boolean)
            .join(' · '),
        )
      : [t('hits.history.none')],
  });

  const by = data.export.exportedBy;
  return {
    title: t('hits.export.title', { id: hit.id }),
    preamble: [
      t('hits.export.exportedBy', { name: by.name, email: by.email, state: by.state }),
      t('hits.export.exportedAt', { at: when(data.export.exportedAt) }),
      t('hits.export.requestReference', { reference: data.export.requestReference }),
      t('hits.export.purpose', {
        purpose: { key: `screening.purpose.${data.export.purpose.code}` },
        note: data.export.purpose.note,
      }),
      t('hits.export.notice'),
    ],
    sections,
    transliterationNote: t('hits.export.transliterated'),
    footer: t('hits.export.footer', { id: hit.id, reference: data.export.requestReference }),
    info: {
      title: t('hits.export.title', { id: hit.id }),
      author: `${by.name} <${by.email}>`,
      subject: data.export.requestReference,
      keywords: data.export.requestReference,
    },
  };
}
