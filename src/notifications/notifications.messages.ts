import type { Messages } from '../common/i18n/catalogue';

/** The notification centre, the badge, preferences, unsubscribe and the mails. */
export const notificationsMessages: Messages = {
  'notifications.title': 'Notifications',
  'notifications.block.title': 'For your attention',
  'notifications.block.unread':
    '{count, plural, one {You have # unread notification.} other {You have # unread notifications.}}',
  'notifications.block.all': 'All your notifications',
  'notifications.block.none':
    'You are up to date. Mentions, replies and new documents for you will show here.',
  'notifications.block.preferences': 'Choose what you are told, and how',
  'notifications.badge': 'Notifications',
  'notifications.badgeUnread':
    '{count, plural, =0 {No unread notifications} one {# unread notification} other {# unread notifications}}',
  'notifications.intro':
    '{count, plural, =0 {You have read everything.} one {# unread notification.} other {# unread notifications.}}',
  'notifications.empty':
    'Nothing yet. Mentions, replies, new threads in what you watch, new resources, meetings and action items will appear here.',
  'notifications.caption': 'Your notifications, newest first',
  'notifications.unreadMark': 'Unread',
  'notifications.open': 'Open',
  'notifications.markRead': 'Mark read',
  'notifications.markAllRead': 'Mark all read',
  'notifications.allRead':
    '{count, plural, =0 {Nothing was unread.} one {# notification marked read.} other {# notifications marked read.}}',
  'notifications.unavailable': 'That item is no longer available to you.',
  'notifications.unavailableItem': 'No longer available to you',
  'notifications.preferencesLink': 'Notification preferences',
  'notifications.someone': 'Someone',

  'notifications.type.mention': 'Mentions of me',
  'notifications.type.reply': 'Replies to me',
  'notifications.type.new-thread': 'New threads in what I watch',
  'notifications.type.new-resource': 'New resources in my pillars or State',
  'notifications.type.meeting': 'Meetings scheduled or changed',
  'notifications.type.action-item': 'Action items assigned to me or due',
  'notifications.type.review': 'Items waiting for my review',
  'notifications.type.message': 'Direct messages to me',
  'notifications.type.document': 'SOPs and Terms of Reference I work on or review',
  'notifications.type.engagement': 'Expert engagements I take part in',

  'notifications.reason.mentioned': 'You were mentioned',
  'notifications.reason.replied-to': 'A reply to you',
  'notifications.reason.watching': 'You watch this',
  'notifications.reason.participant': 'You take part in this',
  'notifications.reason.pillar': 'In one of your pillars',
  'notifications.reason.state': 'For your State',
  'notifications.reason.invited': 'You are invited',
  'notifications.reason.assigned': 'Assigned to you',
  'notifications.reason.moderator': 'You moderate this',
  'notifications.reason.staff': 'For programme staff',

  'notifications.headline.mention': '{actor} mentioned you',
  'notifications.headline.reply': '{actor} replied',
  'notifications.headline.new-thread': '{actor} started a new thread',
  'notifications.headline.new-resource': '{actor} shared a new resource',
  'notifications.headline.meeting':
    '{change, select, scheduled {Meeting scheduled for {startsAt}} changed {Meeting changed: now {startsAt}} cancelled {Meeting cancelled} other {Meeting updated}}',
  'notifications.headline.action-item':
    '{change, select, assigned {{actor} assigned you an action item, due {dueOn}} due {An action item of yours is due on {dueOn}} other {Action item updated}}',
  'notifications.headline.review': '{actor} submitted something for review',
  'notifications.headline.message': '{actor} sent you a message',
  'notifications.headline.document':
    '{change, select, template {Its template has a new version: review the changes} submitted {{actor} sent a document for review} approved {A document is approved by the State and the programme} active {{actor} made a document active} comment {{actor} commented on a document} other {A document changed}}',
  'notifications.headline.engagement':
    '{change, select, proposed {{actor} proposed you for an engagement} accepted {{actor} accepted the engagement} declined {{actor} declined the engagement} confirmed {{actor} confirmed the engagement: it is active} closed {{actor} closed the engagement} cancelled {{actor} cancelled the engagement} feedback {{actor} gave feedback on the engagement} reply {{actor} replied to your feedback} other {Engagement updated}}',

  'notifications.preferences.title': 'Notification preferences',
  'notifications.preferences.intro':
    'Choose, for each kind of notification, whether it only appears here, is also e-mailed (only if you have not read it a minute later, and at most one e-mail per thread an hour), waits for your digest, or is off.',
  'notifications.preferences.types': 'Each kind of notification',
  'notifications.preferences.digest': 'Digest of what you missed',
  'notifications.preferences.pillars': 'Pillars you follow',
  'notifications.preferences.pillarsHint':
    'New library resources in these pillars reach you wherever they are published; those for your State or region reach you anyway.',
  'notifications.preferences.pillarInvalid': 'Choose among the pillars listed.',
  'notifications.preferences.digestHint':
    'One e-mail with the notifications you have not read, for the kinds set to e-mail or digest.',
  'notifications.preferences.save': 'Save preferences',
  'notifications.preferences.saved': 'Your notification preferences are saved.',
  'notifications.preferences.invalid': 'Choose one of the options.',
  'notifications.delivery.in-app': 'Here only',
  'notifications.delivery.email': 'Here and by e-mail',
  'notifications.delivery.digest': 'Here and in the digest',
  'notifications.delivery.off': 'Off',
  'notifications.digest.daily': 'Daily',
  'notifications.digest.weekly': 'Weekly',
  'notifications.digest.off': 'No digest',

  'notifications.unsubscribe.title': 'Unsubscribe',
  'notifications.unsubscribe.confirm': 'Stop e-mails about: {what}?',
  'notifications.unsubscribe.explain':
    'You will still see these notifications on the platform. You can change this at any time in your notification preferences.',
  'notifications.unsubscribe.button': 'Unsubscribe',
  'notifications.unsubscribe.done': 'You will no longer receive e-mails about: {what}.',

  'notifications.mail.subject': '{headline}: {title}',
  'notifications.mail.greeting': 'Hello {name},',
  'notifications.mail.open': 'Open it on the platform',
  'notifications.mail.why':
    'You receive this because of your notification preferences on the CT Travel Collaborative Platform.',
  'notifications.mail.unsubscribe': 'Stop e-mails about: {what}',
  'notifications.mail.preferences': 'All notification preferences',
  'notifications.digest.subject':
    '{count, plural, one {# notification you missed} other {# notifications you missed}}',
  'notifications.digest.intro':
    '{count, plural, one {Here is # notification you have not read yet.} other {Here are # notifications you have not read yet.}}',
  'notifications.digest.all': 'All your notifications',
  'notifications.digest.what': 'the digest',
};
