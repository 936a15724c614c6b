import type { TemplateContent } from '../template/template-content';

/** The seeded PIU SOP: handling a watchlist hit from alert to outcome, written for this programme. */
export const WATCHLIST_HIT_SOP = {
  title: 'SOP: handling a watchlist hit from alert to outcome',
  kind: 'piu-sop',
  pillar: 'piu',
  language: 'en',
  content: {
    variables: [
      { name: 'piu_name', label: 'Official name of the PIU', type: 'text', help: 'As written in the act that set it up.', required: true, defaultValue: '', choices: [] },
      { name: 'legal_basis', label: 'Law or decree that allows the PIU to process passenger data', type: 'text', help: 'Title, number and date.', required: true, defaultValue: '', choices: [] },
      { name: 'review_minutes', label: 'Minutes within which an analyst takes a new hit', type: 'number', help: 'Counted from the alert.', required: true, defaultValue: '30', choices: [] },
      { name: 'supervisor_title', label: 'Title of the duty supervisor', type: 'text', help: '', required: true, defaultValue: 'Duty supervisor', choices: [] },
      { name: 'partner_agencies', label: 'Agencies a confirmed hit may be referred to', type: 'list', help: 'One agency a line.', required: true, defaultValue: '', choices: [] },
      { name: 'dpo_contact', label: 'Data-protection officer (name or office)', type: 'text', help: '', required: true, defaultValue: '', choices: [] },
      { name: 'retention_months', label: 'Months before records of cleared hits are depersonalised', type: 'number', help: '', required: true, defaultValue: '6', choices: [] },
      { name: 'maritime', label: 'Does the PIU also receive maritime passenger and crew data?', type: 'yes-no', help: '', required: false, defaultValue: 'no', choices: [] },
      { name: 'adopted_on', label: 'Date the SOP is adopted', type: 'date', help: '', required: false, defaultValue: '', choices: [] },
    ],
    sections: [
      { key: 's1', title: 'Purpose and scope', condition: null, body: 'This procedure tells the analysts of the **{{ piu_name }}** of {{ state_name }} how to handle an alert raised when a traveller matches a watchlist entry, from the alert to a recorded outcome. It applies to API and PNR data{% if maritime %} and to the passenger and crew data of vessels{% endif %} processed under {{ legal_basis }}.\n\nThe system never decides: **a trained analyst reviews every hit** and a human takes every decision.' },
      { key: 's2', title: 'Roles', condition: null, body: '- **Analyst**: takes the hit, compares the traveller with the list entry, proposes an outcome.\n- **{{ supervisor_title }}**: confirms or sends back a proposal; decides any referral.\n- **Data-protection officer** ({{ dpo_contact }}): is consulted on any unusual disclosure and reviews this procedure once a year.' },
      { key: 's3', title: 'Receiving the alert', condition: null, body: '1. A new hit appears on the vetting list with its score and why it was raised.\n2. An analyst on duty takes it within **{{ review_minutes }} minutes**; taking it shows colleagues that it is being handled.\n3. The analyst declares the purpose of the work before opening passenger data; every read is logged.' },
      { key: 's4', title: 'Review by the analyst', condition: null, body: 'The analyst compares each field of the traveller with the list entry (names and their transliterations, date of birth, nationality, travel document) and notes where they agree and differ.\n\n- A clear difference on date of birth or document: **clear** the hit with a note.\n- Agreement on several strong fields: **propose to confirm** with a note.\n- Doubt: ask a colleague or the {{ supervisor_title }}; never refer on a name alone.' },
      { key: 's5', title: 'Decision and referral', condition: null, body: 'The {{ supervisor_title }} reviews a proposal and confirms it or sends it back with a reason. A confirmed hit may be referred only to:\n\n{% for agency in partner_agencies %}- {{ agency }}\n{% endfor %}\nThe referral carries the minimum data needed, through the channel agreed with that agency, and is recorded with its reason.' },
      { key: 's6', title: 'Maritime data', condition: 'maritime', body: 'Hits on vessel passengers and crew follow the same steps. The analyst also records the vessel, the port of call and the time of arrival, and informs the port authority only through the {{ supervisor_title }}.' },
      { key: 's7', title: 'Data protection and retention', condition: null, body: 'Only what the review needs is read. Records of cleared hits are depersonalised after **{{ retention_months }} months**; confirmed hits follow the rule set by {{ legal_basis }}. A traveller who asks is answered through the data-protection officer ({{ dpo_contact }}).' },
      { key: 's8', title: 'Adoption and review', condition: null, body: 'Adopted by the {{ piu_name }}{% if adopted_on %} on {{ adopted_on }}{% endif %}. Reviewed at least once a year, and after any serious incident.' },
    ],
  } satisfies TemplateContent,
};
