import type { Messages } from '../common/i18n/catalogue';

/** Direct conversations: the list, the forms, one conversation, the navigation's count. */
export const conversationsMessages: Messages = {
  'nav.conversations': 'Conversations',
  'conversations.nav.unread': 'unread',

  'conversations.title': 'Conversations',
  'conversations.block.title': 'Conversations',
  'conversations.block.unread':
    '{count, plural, one {# conversation has new messages.} other {# conversations have new messages.}}',
  'conversations.block.none': 'No new messages in your conversations.',
  'conversations.block.all': 'All your conversations',
  'conversations.intro':
    'Private conversations with members you may see in the member directory. Only the people in a conversation can read it.',
  'conversations.unreadTotal':
    '{count, plural, =0 {You have read everything.} one {# conversation with new messages.} other {# conversations with new messages.}}',
  'conversations.new.link': 'New conversation',
  'conversations.listChanged': 'Your conversations changed: show the new list',
  'conversations.markAllRead': 'Mark all read',
  'conversations.allRead':
    '{count, plural, =0 {Nothing was unread.} one {# conversation marked read.} other {# conversations marked read.}}',
  'conversations.none':
    'No conversations yet. Start one with a colleague you work with: they will be told by e-mail unless they chose otherwise.',
  'conversations.list.caption': 'Your conversations, those with new messages first',
  'conversations.list.conversation': 'Conversation',
  'conversations.list.with': 'With',
  'conversations.list.last': 'Last message',
  'conversations.list.when': 'When',
  'conversations.list.unread': '{count, plural, one {# new message} other {# new messages}}',
  'conversations.list.you': 'You: {text}',
  'conversations.list.by': '{name}: {text}',
  'conversations.list.alone': 'Only you',
  'conversations.list.noSubject': 'Conversation with {names}',

  'conversations.new.title': 'New conversation',
  'conversations.recipients.label': 'To',
  'conversations.recipients.hint':
    'E-mail addresses, separated by commas. You can write to members who can see you in the member directory and whom you can see (PIU analysts work in the screening module only).',
  'conversations.subject.label': 'Subject (optional)',
  'conversations.body.label': 'Message',
  'conversations.body.hint':
    'Markdown: **bold**, _italic_, lists, links, > quotes. Mention someone in the conversation with @ and their e-mail address or the part before the @.',
  'conversations.start': 'Start the conversation',
  'conversations.started': 'Conversation started.',
  'conversations.recipients.missing': 'Enter the e-mail address of at least one person.',
  'conversations.recipients.tooLong': 'That is too long for a list of addresses.',
  'conversations.recipients.tooMany':
    '{max, plural, one {A conversation can have at most # other person.} other {A conversation can have at most # other people.}}',
  'conversations.recipients.refused':
    '{count, plural, one {You cannot start a conversation with this address: {addresses}. Check it, or choose someone who can see you in the member directory.} other {You cannot start a conversation with these addresses: {addresses}. Check them, or choose people who can see you in the member directory.}}',
  'conversations.recipients.apart':
    '{first} and {second} cannot see each other in the member directory, so they cannot be in one conversation.',
  'conversations.subject.tooLong': 'Keep the subject under 200 characters.',
  'conversations.body.missing': 'Write a message.',
  'conversations.body.tooLong': 'A message can have at most 20,000 characters.',

  'conversations.pageTitle': '{subject}',
  'conversations.pageTitleWith': 'Conversation with {names}',
  'conversations.back': 'All conversations',
  'conversations.backToConversation': 'Back to the conversation',
  'conversations.participants': 'People in this conversation',
  'conversations.participants.you': '(you)',
  'conversations.messages': 'Messages',
  'conversations.message.unread': 'New',
  'conversations.message.edited': 'edited',
  'conversations.message.edit': 'Edit',
  'conversations.messages.none': 'No messages on this page.',
  'conversations.reply': 'Reply',
  'conversations.send': 'Send',
  'conversations.sent': 'Message sent.',
  'conversations.typing': '{name} is typing…',
  'conversations.liveLink': 'Link to this message',
  'conversations.mention.unreachable':
    'Not notified, because they are not in this conversation: {names}. Add them first if they should read it.',
  'conversations.participants.add': 'Add someone',
  'conversations.participants.addLabel': 'E-mail address',
  'conversations.participants.addHint':
    'They will see the whole conversation, earlier messages included.',
  'conversations.participants.addButton': 'Add to the conversation',
  'conversations.participants.added': '{name} was added to the conversation.',
  'conversations.participants.already': 'That person is already in the conversation.',
  'conversations.participants.missing': 'Enter an e-mail address.',
  'conversations.leave': 'Leave the conversation',
  'conversations.leave.hint':
    'You will no longer see it or be told of new messages, unless someone adds you again.',
  'conversations.left': 'You left the conversation.',

  'conversations.edit.title': 'Edit your message',
  'conversations.edit.save': 'Save',
  'conversations.edited': 'Message saved.',
  'conversations.stale':
    'This message was changed since you opened it (in another tab?). Reload the page to edit the newest text.',
  'conversations.history': 'Earlier versions (only you see them)',
  'conversations.history.item': 'Version {revision}, replaced {when}',
  'conversations.people.label': 'Suggestions',
};
