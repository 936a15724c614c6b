import type { Messages } from '../../common/i18n/catalogue';

/** The programme dashboard, its map, and the exports and reports for donor reporting. */
export const programmeDashboardsMessages: Messages = {
  'nav.programme': 'Programme dashboard',

  'programme.title': 'Programme dashboard',
  'programme.lead.full':
    'Where the Member States stand in the programme, the roadmaps, the experts at work and the coming IWG meetings.',
  'programme.lead.aggregate':
    "The programme's figures across the Member States. What concerns one State alone is kept to the programme and the State.",
  'programme.filter.label': 'Filter the dashboard',
  'programme.filter.region': 'Region',
  'programme.filter.anyRegion': 'All regions',
  'programme.filter.pillar': 'Pillar',
  'programme.filter.anyPillar': 'All pillars',
  'programme.filter.apply': 'Show',
  'programme.filter.clear': 'Clear the filter',
  'programme.filter.invalid': 'Choose a value from the list.',
  'programme.filter.showing': 'Showing: {what}',

  'programme.states.title': 'Member States in the programme',
  'programme.states.summary':
    '{inProgramme, plural, =0 {No Member State} one {# Member State} other {# Member States}} of {total} in the programme.',
  'programme.states.byStatus': 'States by programme status',
  'programme.states.status': 'Status',
  'programme.states.count': 'States',
  'programme.states.regionsCaption': 'Member States in the programme, by UN region and status',
  'programme.states.region': 'Region',
  'programme.states.inProgramme': 'In the programme',
  'programme.states.total': 'Member States',

  'programme.map.title': 'Map of the programme',
  'programme.map.svgTitle': 'World map of the Member States by programme status',
  'programme.map.description':
    'Each Member State is shaded by its programme status; small States are dots. The table after the map lists the same States.',
  'programme.map.countryTitle': '{name}: {status}',
  'programme.map.legend': 'Legend',
  'programme.map.legendEntry': '{label}: {count}',
  'programme.map.outside': 'Outside the filter',
  'programme.map.disclaimer':
    'The boundaries and names shown and the designations used on this map do not imply official endorsement or acceptance by the United Nations. Shapes: Natural Earth (public domain).',
  'programme.map.tableTitle': 'The map as a table',
  'programme.map.tableCaption': 'Member States in the programme, by status',
  'programme.map.states': 'Member States',
  'programme.map.nobody': 'No Member State in the programme matches the filter.',

  'programme.meetings.title': 'Coming IWG meetings',
  'programme.meetings.none': 'No IWG meeting you may see in the next {days} days.',
  'programme.meetings.when': '{start} to {end}',

  'programme.exports.title': 'Exports for donor reporting',
  'programme.exports.lead': 'With the filter above. Every export is written to the audit log.',
  'programme.exports.statesCsv': 'Member States (CSV)',
  'programme.exports.stepsCsv': 'Roadmap steps (CSV)',
  'programme.exports.overviewPdf': 'Programme overview (PDF)',

  'programme.report.subject': 'UN Countering Terrorist Travel Programme: report for donors',
  'programme.report.overviewTitle': 'Programme overview',
  'programme.report.stateTitle': 'Roadmap of {name} ({code})',
  'programme.report.madeFor': 'Made for {name} on {at}.',
  'programme.report.filter': 'Region: {region}. Pillar: {pillar}.',
  'programme.report.aggregate':
    "The programme's figures across the Member States; what concerns one State alone is left out.",
  'programme.report.footer': 'CT Travel Programme · {at}',
  'programme.report.state': 'The State',
  'programme.report.field': 'Field',
  'programme.report.value': 'Value',
  'programme.report.iwgRegion': 'IWG region',
  'programme.report.maritimeYes': 'Applies',
  'programme.report.maritimeNo': 'Does not apply',
  'programme.report.focalPoints': 'National focal points',
  'programme.report.date': 'Date',
  'programme.report.what': 'What',
  'programme.report.change': 'Change',
  'programme.report.recordedBy': 'Recorded by',
  'programme.report.statusChange': '{from} → {to}',

  'programme.csv.code': 'ISO alpha-3',
  'programme.csv.state': 'Member State',
  'programme.csv.region': 'UN region',
  'programme.csv.subRegion': 'UN sub-region',
  'programme.csv.status': 'Programme status',
  'programme.csv.statusCode': 'Status code',

  'programme.space.title': 'Report for donors',
  'programme.space.lead':
    'The roadmap of {name} on paper: progress per pillar, the timeline and every step.',
  'programme.space.download': 'Roadmap report (PDF)',

  'programme.percent': '{share, number, percent}',
  'programme.none': '—',
};
