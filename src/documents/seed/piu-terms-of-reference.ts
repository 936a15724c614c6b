import type { TemplateContent } from '../template/template-content';

/** The seeded generic Terms of Reference of a Passenger Information Unit. */
export const PIU_TERMS_OF_REFERENCE = {
  title: 'Terms of Reference of the Passenger Information Unit',
  kind: 'piu-tor',
  pillar: 'piu',
  language: 'en',
  content: {
    variables: [
      { name: 'piu_name', label: 'Official name of the PIU', type: 'text', help: '', required: true, defaultValue: '', choices: [] },
      { name: 'host_agency', label: 'Agency the PIU is placed in', type: 'text', help: 'For example the national police or the customs administration.', required: true, defaultValue: '', choices: [] },
      { name: 'legal_basis', label: 'Legal basis of the PIU', type: 'text', help: '', required: true, defaultValue: '', choices: [] },
      { name: 'member_agencies', label: 'Agencies that second staff to the PIU', type: 'list', help: 'One agency a line.', required: true, defaultValue: '', choices: [] },
      { name: 'staffing', label: 'Analysts on duty at any time', type: 'number', help: '', required: false, defaultValue: '2', choices: [] },
      { name: 'operating_hours', label: 'Operating hours', type: 'choice', help: '', required: true, defaultValue: '24 hours a day, 7 days a week', choices: ['24 hours a day, 7 days a week', 'Office hours, with an on-call analyst', 'Office hours only'] },
      { name: 'oversight_body', label: 'Independent oversight body', type: 'text', help: 'The data-protection authority or another independent body.', required: true, defaultValue: '', choices: [] },
      { name: 'maritime', label: 'Does the PIU also process maritime data?', type: 'yes-no', help: '', required: false, defaultValue: 'no', choices: [] },
    ],
    sections: [
      { key: 's1', title: 'Establishment', condition: null, body: 'The {{ piu_name }} is established within the {{ host_agency }} of {{ state_name }} under {{ legal_basis }}, to collect, process and analyse Advance Passenger Information and Passenger Name Record data as Security Council resolutions 2178 (2014), 2396 (2017) and 2482 (2019) ask.' },
      { key: 's2', title: 'Mandate', condition: null, body: 'The PIU detects terrorists and serious criminals and their travel, in full respect of human rights and the protection of personal data. It does not take measures against travellers itself: it informs the competent authorities.' },
      { key: 's3', title: 'Composition', condition: null, body: 'The PIU is staffed by officers seconded from:\n\n{% for agency in member_agencies %}- {{ agency }}\n{% endfor %}\nAt least {{ staffing }} analysts are on duty, {{ operating_hours }}.' },
      { key: 's4', title: 'Maritime data', condition: 'maritime', body: 'The PIU also receives the passenger and crew data of vessels calling at the ports of {{ state_name }}, under the same safeguards.' },
      { key: 's5', title: 'Data protection and oversight', condition: null, body: 'The PIU processes only the data the law allows, for the purposes it lists, and keeps it no longer than it allows. Every access is logged. {{ oversight_body }} oversees the PIU and may inspect its records at any time.' },
      { key: 's6', title: 'Cooperation', condition: null, body: 'The PIU cooperates with the PIUs of other States and with INTERPOL through the channels the law provides, and with air carriers on the transmission of data.' },
    ],
  } satisfies TemplateContent,
};
