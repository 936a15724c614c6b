import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { pageRequest, pagedList, type PaginationView } from '../common/lists/paged-list';
import { handleOf } from '../iwg/forum/forum-mentions.service';
import { User } from '../users/user.entity';
import { ConversationAccess } from './conversation-access';
import { ConversationMessageRevision } from './conversation-message-revision.entity';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationParticipant } from './conversation-participant.entity';
import { ConversationPeople, type PersonChoice } from './conversation-people';
import { ConversationReads } from './conversation-reads';
import { Conversation } from './conversation.entity';
import { ConversationsService } from './conversations.service';

/** Messages per page of a conversation, and conversations per page of the list. */
export const MESSAGES_PER_PAGE = 30;
const CONVERSATIONS_PER_PAGE = 25;
const EXCERPT_LENGTH = 160;

/** The scripts of the conversation pages (the shared live connection is in the layout). */
export const CONVERSATION_SCRIPTS = ['/assets/js/conversations.js'];

/** Where a conversation opens when no page is asked for. */
export interface ConversationOpening {
  readonly page: number;
  readonly messageId: number | null;
}

interface ListRow {
  id: number | string;
  subject: string | null;
  lastMessageId: number | string;
  lastMessageAt: Date | string | null;
  lastRead: number | string;
}

/** The conversation pages as view models: the list, the new form, one conversation, an edit. */
@Injectable()
export class ConversationPagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly conversations: ConversationsService,
    private readonly reads: ConversationReads,
    private readonly people: ConversationPeople,
    private readonly markdown: MarkdownRenderer,
  ) {}

  /** The member's conversations: unread first, then the latest message first. */
  async listModel(actor: Actor, page?: number) {
    const user = userOf(actor);
    const request = pageRequest(page, CONVERSATIONS_PER_PAGE);
    const base = () =>
      this.dataSource
        .getRepository(ConversationParticipant)
        .createQueryBuilder('p')
        .innerJoin(Conversation, 'c', 'c.id = p.conversationId')
        .where('p.userId = :userId AND p.leftAt IS NULL', { userId: user.id });
    const [rows, total] = await Promise.all([
      base()
        .select('c.id', 'id')
        .addSelect('c.subject', 'subject')
        .addSelect('c.lastMessageId', 'lastMessageId')
        .addSelect('c.lastMessageAt', 'lastMessageAt')
        .addSelect('p.lastReadMessageId', 'lastRead')
        .addSelect(
          'CASE WHEN c.lastMessageId > p.lastReadMessageId THEN 1 ELSE 0 END',
          'unreadFirst',
        )
        .orderBy('unreadFirst', 'DESC')
        .addOrderBy('c.lastMessageId', 'DESC')
        .offset(request.offset)
        .limit(request.size)
        .getRawMany<ListRow>(),
      base().getCount(),
    ]);
    const ids = rows.map((row) => Number(row.id));
    const [unread, others, lastMessages, unreadTotal] = await Promise.all([
      this.reads.unreadMessages(user.id, ids),
      this.otherParticipants(ids, user.id),
      this.dataSource.getRepository(ConversationMessage).find({
        where: { id: In(rows.map((row) => Number(row.lastMessageId))) },
        select: { id: true, body: true, authorId: true },
      }),
      this.reads.unreadConversations(user.id),
    ]);
    const lasts = new Map(lastMessages.map((message) => [message.id, message]));
    const authors = await this.names(lastMessages.map((message) => message.authorId));
    const list = pagedList(
      rows.map((row) => {
        const id = Number(row.id);
        const names = (others.get(id) ?? []).map((person) => person.name);
        const last = lasts.get(Number(row.lastMessageId));
        return {
          id,
          href: `/conversations/${id}`,
          subject: row.subject,
          people: names.join(', '),
          alone: names.length === 0,
          unread: unread.get(id) ?? 0,
          lastMessageAt: row.lastMessageAt === null ? null : new Date(row.lastMessageAt),
          lastAuthor: last ? (last.authorId === user.id ? null : authors.get(last.authorId)) : null,
          mine: last?.authorId === user.id,
          excerpt: last ? excerptOf(this.markdown, last.body) : '',
        };
      }),
      total,
      request,
      { path: '/conversations', filters: {} },
    );
    return {
      pageTitle: { key: 'conversations.title' },
      conversations: list,
      unreadTotal,
      scripts: CONVERSATION_SCRIPTS,
    };
  }

  /** People the actor may write to, leaving out those already in `conversationId` (if given). */
  async choices(actor: Actor, prefix: string, conversationId?: number): Promise<PersonChoice[]> {
    const excluded =
      conversationId === undefined
        ? []
        : await this.access.participantIds(
            (await this.access.load(actor, conversationId)).conversation.id,
          );
    return this.people.complete(userOf(actor), prefix, excluded);
  }

  /** The member's conversations with new messages, newest first (the home page's block). */
  async unreadBlock(actor: Actor, limit: number) {
    const user = userOf(actor);
    const unread = await this.reads.unreadConversations(user.id);
    if (unread === 0) return { unread, items: [] };
    const rows = await this.dataSource
      .getRepository(ConversationParticipant)
      .createQueryBuilder('p')
      .innerJoin(Conversation, 'c', 'c.id = p.conversationId')
      .select('c.id', 'id')
      .addSelect('c.subject', 'subject')
      .addSelect('c.lastMessageAt', 'lastMessageAt')
      .where('p.userId = :userId AND p.leftAt IS NULL', { userId: user.id })
      .andWhere('c.lastMessageId > p.lastReadMessageId')
      .orderBy('c.lastMessageId', 'DESC')
      .limit(limit)
      .getRawMany<{ id: number | string; subject: string | null; lastMessageAt: Date | string }>();
    const ids = rows.map((row) => Number(row.id));
    const [counts, others] = await Promise.all([
      this.reads.unreadMessages(user.id, ids),
      this.otherParticipants(ids, user.id),
    ]);
    return {
      unread,
      items: rows.map((row) => {
        const id = Number(row.id);
        return {
          href: `/conversations/${id}`,
          subject: row.subject,
          people: (others.get(id) ?? []).map((person) => person.name).join(', '),
          count: counts.get(id) ?? 0,
          lastMessageAt: new Date(row.lastMessageAt),
        };
      }),
    };
  }

  newModel(to?: string) {
    return {
      pageTitle: { key: 'conversations.new.title' },
      values: { recipients: to ?? '', subject: '', body: '' },
      scripts: CONVERSATION_SCRIPTS,
    };
  }

  /** The first unread message's page when there is one; otherwise the last page. */
  async opening(actor: Actor, conversationId: number): Promise<ConversationOpening> {
    const { conversation, participant } = await this.access.load(actor, conversationId);
    const messages = this.dataSource.getRepository(ConversationMessage);
    const unread = conversation.lastMessageId > participant.lastReadMessageId;
    const first = unread
      ? await messages
          .createQueryBuilder('m')
          .select('MIN(m.id)', 'id')
          .where('m.conversationId = :id AND m.id > :read', {
            id: conversation.id,
            read: participant.lastReadMessageId,
          })
          .getRawOne<{ id: number | string | null }>()
      : null;
    if (!first?.id) {
      return {
        page: Math.max(1, Math.ceil(conversation.messageCount / MESSAGES_PER_PAGE)),
        messageId: null,
      };
    }
    const before = await messages
      .createQueryBuilder('m')
      .where('m.conversationId = :id AND m.id < :first', { id: conversation.id, first: first.id })
      .getCount();
    return { page: Math.floor(before / MESSAGES_PER_PAGE) + 1, messageId: Number(first.id) };
  }

  async conversationModel(actor: Actor, conversationId: number, page = 1) {
    const { conversation, participant } = await this.access.load(actor, conversationId);
    const user = userOf(actor);
    const request = pageRequest(page, MESSAGES_PER_PAGE);
    const [messages, participants] = await Promise.all([
      this.dataSource.getRepository(ConversationMessage).find({
        where: { conversationId: conversation.id },
        order: { id: 'ASC' },
        skip: request.offset,
        take: request.size,
      }),
      this.conversations.participants(conversation.id),
    ]);
    const lastRead = participant.lastReadMessageId;
    const lastOnPage = messages.length ? messages[messages.length - 1].id : 0;
    if (lastOnPage > lastRead) await this.reads.markRead(user.id, conversation, lastOnPage);
    const authors = await this.names(messages.map((message) => message.authorId));
    const others = participants.filter((person) => person.id !== user.id);
    const list = pagedList(
      messages.map((message, index) => ({
        id: message.id,
        anchor: `message-${message.id}`,
        position: request.offset + index + 1,
        author: authors.get(message.authorId) ?? '',
        mine: message.authorId === user.id,
        html: message.html,
        createdAt: message.createdAt,
        edited: message.editedAt !== null,
        unread: message.id > lastRead && message.authorId !== user.id,
        editHref: `/conversations/${conversation.id}/messages/${message.id}/edit`,
      })),
      conversation.messageCount,
      request,
      { path: `/conversations/${conversation.id}`, filters: {} },
    );
    const names = others.map((person) => person.name).join(', ');
    // Without a subject the page is named after the others; everyone else may have left.
    const title = conversation.subject
      ? { key: 'conversations.pageTitle', params: { subject: conversation.subject } }
      : names
        ? { key: 'conversations.pageTitleWith', params: { names } }
        : { key: 'conversations.list.alone' };
    return {
      pageTitle: title,
      conversation: {
        id: conversation.id,
        href: `/conversations/${conversation.id}`,
        title,
      },
      participants: participants.map((person) => ({
        name: person.name,
        organisation: person.organisationName,
        me: person.id === user.id,
        handle: handleIn(person.email, participants),
      })),
      messages: { ...list, pagination: explicitFirstPage(list.pagination, conversation.id) },
      onLastPage: request.offset + request.size >= conversation.messageCount,
      liveRoom: `conversation:${conversation.id}`,
      me: { id: user.id },
      values: { body: '', recipient: '' },
      scripts: CONVERSATION_SCRIPTS,
    };
  }

  /** A form of the conversation page that needs correcting is drawn on its last page. */
  async lastPageModel(actor: Actor, conversationId: number) {
    const { conversation } = await this.access.load(actor, conversationId);
    const last = Math.max(1, Math.ceil(conversation.messageCount / MESSAGES_PER_PAGE));
    return this.conversationModel(actor, conversationId, last);
  }

  async editModel(actor: Actor, conversationId: number, messageId: number) {
    const { conversation, message } = await this.conversations.ownMessage(
      actor,
      conversationId,
      messageId,
    );
    const history = await this.dataSource
      .getRepository(ConversationMessageRevision)
      .find({ where: { messageId: message.id }, order: { revision: 'DESC' } });
    return {
      pageTitle: { key: 'conversations.edit.title' },
      conversation: { id: conversation.id, href: `/conversations/${conversation.id}` },
      message: { id: message.id },
      values: { body: message.body, revision: String(message.revision) },
      history: history.map((revision) => ({
        revision: revision.revision,
        body: revision.body,
        replacedAt: revision.replacedAt,
      })),
      scripts: CONVERSATION_SCRIPTS,
    };
  }

  /** Where a message is: its page and anchor in its conversation. */
  async messageUrl(message: ConversationMessage): Promise<string> {
    const before = await this.dataSource
      .getRepository(ConversationMessage)
      .createQueryBuilder('m')
      .where('m.conversationId = :id AND m.id < :messageId', {
        id: message.conversationId,
        messageId: message.id,
      })
      .getCount();
    const page = Math.floor(before / MESSAGES_PER_PAGE) + 1;
    return `/conversations/${message.conversationId}?page=${page}#message-${message.id}`;
  }

  private async otherParticipants(
    conversationIds: number[],
    userId: number,
  ): Promise<Map<number, { id: number; name: string }[]>> {
    const result = new Map<number, { id: number; name: string }[]>();
    if (conversationIds.length === 0) return result;
    const rows = await this.dataSource
      .getRepository(ConversationParticipant)
      .createQueryBuilder('p')
      .innerJoin(User, 'u', 'u.id = p.userId')
      .select('p.conversationId', 'conversationId')
      .addSelect('u.id', 'id')
      .addSelect('u.name', 'name')
      .where('p.conversationId IN (:...ids)', { ids: conversationIds })
      .andWhere('p.userId <> :userId AND p.leftAt IS NULL', { userId })
      .orderBy('p.id')
      .getRawMany<{ conversationId: number | string; id: number | string; name: string }>();
    for (const row of rows) {
      const list = result.get(Number(row.conversationId)) ?? [];
      list.push({ id: Number(row.id), name: row.name });
      result.set(Number(row.conversationId), list);
    }
    return result;
  }

  private async names(userIds: number[]): Promise<Map<number, string>> {
    const ids = [...new Set(userIds)];
    if (ids.length === 0) return new Map();
    const users = await this.dataSource
      .getRepository(User)
      .find({ where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(users.map((user) => [user.id, user.name]));
  }
}

/** How to @mention a participant: the local part, or the whole address when it is shared. */
function handleIn(email: string, participants: readonly { email: string }[]): string {
  const local = handleOf(email);
  const shared = participants.filter((person) => handleOf(person.email) === local).length > 1;
  return shared ? email.toLowerCase() : local;
}

/** A message's first words as plain text, for the list. */
function excerptOf(markdown: MarkdownRenderer, body: string): string {
  const text = markdown.plainText(body).replace(/\s+/g, ' ').trim();
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH - 1)}…` : text;
}

/**
 * A conversation without `?page` opens at the first unread (or the last page), so the links to
 * page 1 must say `?page=1`.
 */
function explicitFirstPage(view: PaginationView, conversationId: number): PaginationView {
  const first = `/conversations/${conversationId}?page=1`;
  const plain = `/conversations/${conversationId}`;
  return {
    ...view,
    previousHref: view.previousHref === plain ? first : view.previousHref,
    pages: view.pages.map((link) =>
      'href' in link && link.href === plain ? { ...link, href: first } : link,
    ),
  };
}
