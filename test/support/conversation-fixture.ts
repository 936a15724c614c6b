import { actorFor } from '../../src/common/actor/actor';
import { ConversationsService } from '../../src/conversations/conversations.service';
import { UsersService } from '../../src/users/users.service';
import { createUser } from './factories';
import type { TestApp } from './test-app';

/**
 * A conversation of an admin with a member (its first message edited once, a reply with long
 * words, a link and code, and the member's answer, which leaves the admin an unread
 * notification) and the pages to visit: the browser suites check them for layout and
 * accessibility.
 */
export async function conversationPages(t: TestApp, adminId: number): Promise<string[]> {
  const actor = actorFor((await t.app.get(UsersService).findAuthenticated(adminId))!);
  const other = await createUser(t.dataSource, { role: 'staff', name: 'Tomás Rivera' });
  const conversations = t.app.get(ConversationsService);
  const started = await conversations.start(actor, {
    recipients: other.email,
    subject: `Assessment ${'interoperability'.repeat(4)} mission`,
    body: 'First **draft**',
  });
  const id = started.conversation.id;
  await conversations.edit(actor, id, started.message.id, { body: 'First message', revision: 1 });
  await conversations.reply(actor, id, {
    body: `See https://example.org/${'very-long-path/'.repeat(10)}\n\n\`\`\`\n${'x'.repeat(200)}\n\`\`\``,
  });
  const otherActor = actorFor((await t.app.get(UsersService).findAuthenticated(other.id))!);
  await conversations.reply(otherActor, id, { body: 'Agreed: the mission plan follows.' });
  return [
    '/notifications',
    '/conversations',
    '/conversations/new',
    `/conversations/${id}?page=1`,
    `/conversations/${id}/messages/${started.message.id}/edit`,
  ];
}
