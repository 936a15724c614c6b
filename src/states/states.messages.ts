import type { Messages } from '../common/i18n/catalogue';

/** The Member State space: the list of States a user may see and each State's page. */
export const statesMessages: Messages = {
  'states.title': 'Member States',
  'states.intro.all':
    '{count, plural, one {# Member State} other {All # Member States}} of the United Nations.',
  'states.intro.some': 'The Member States open to you: {count}.',
  'states.none': 'No Member State is open to you yet. Experts see the States they are assigned to.',
  'states.caption': 'Member States you may see',
  'states.name': 'State',
  'states.alpha3': 'ISO alpha-3',
  'states.alpha2': 'ISO alpha-2',
  'states.region': 'Region',
  'states.subregion': 'Sub-region',
  'states.iwgRegion': 'IWG region',
  'states.noIwgRegion': 'Not in an IWG',
  'states.programmeStatus': 'Programme status',
  'states.details': 'About the State',
  'states.members': 'Members on the platform',
  'states.membersCaption': 'Active members of {name} on the platform',
  'states.memberName': 'Name',
  'states.memberRole': 'Role',
  'states.noMembers': 'Nobody from this State has an account on the platform yet.',
  'states.back': 'All Member States',
  'states.filter.label': 'Filter the list',
  'states.filter.anyRegion': 'Any region',
  'states.filter.anyStatus': 'Any status',
  'states.filter.apply': 'Show',
  'states.filter.clear': 'Clear the filter',
  'states.filter.invalid': 'Choose a value from the list.',
  'states.filter.nothing': 'No Member State you may see matches this filter.',
};
