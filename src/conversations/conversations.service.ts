import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { FormError } from '../common/forms/form-error';
import { MarkdownRenderer } from '../common/markdown/markdown-renderer';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { LiveEvents } from '../live/live-events.service';
import { ConversationAccess } from './conversation-access';
import { ConversationLive } from './conversation-live';
import { ConversationMentions } from './conversation-mentions';
import { ConversationMessageRevision } from './conversation-message-revision.entity';
import { ConversationMessage } from './conversation-message.entity';
import { ConversationNotifier } from './conversation-notifier';
import { ConversationParticipant } from './conversation-participant.entity';
import { ConversationPeople } from './conversation-people';
import { ConversationReads } from './conversation-reads';
import { mayConverse, refusedPair, type ConversationPerson } from './conversation-rule';
import { Conversation } from './conversation.entity';

/** At most this many people besides the starter in one conversation. */
export const MAX_RECIPIENTS = 20;

/** What writing returns to the page: the message, and whom the author must be told about. */
export interface Sent {
  readonly conversation: Conversation;
  readonly message: ConversationMessage;
  /** Names of people mentioned who are not in the conversation (not notified). */
  readonly unreachable: readonly string[];
}

/** The addresses of a recipients field: separated by commas, semicolons, spaces or lines. */
export function recipientAddresses(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+/)
        .map((address) => address.trim().toLowerCase())
        .filter(Boolean),
    ),
  ];
}

/**
 * Writing in direct conversations: starting one, replying, editing one's own message (the old
 * text kept for its author), adding a participant, leaving. Who may talk with whom is the one
 * rule (conversation-rule.ts), checked for every pair of participants; a conversation reaches
 * only its current participants (ConversationAccess: 404 and `access.denied` for anyone else).
 */
@Injectable()
export class ConversationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ConversationAccess,
    private readonly people: ConversationPeople,
    private readonly mentions: ConversationMentions,
    private readonly reads: ConversationReads,
    private readonly notifier: ConversationNotifier,
    private readonly live: ConversationLive,
    private readonly liveEvents: LiveEvents,
    private readonly policy: VisibilityPolicy,
    private readonly markdown: MarkdownRenderer,
  ) {}

  async start(
    actor: Actor,
    input: { recipients: string; subject?: string; body: string },
  ): Promise<Sent> {
    const me = this.people.self(userOf(actor));
    const addresses = recipientAddresses(input.recipients).filter(
      (address) => address !== me.email.toLowerCase(),
    );
    if (addresses.length === 0)
      throw FormError.field('recipients', 'conversations.recipients.missing');
    if (addresses.length > MAX_RECIPIENTS)
      throw FormError.field('recipients', {
        key: 'conversations.recipients.tooMany',
        params: { max: MAX_RECIPIENTS },
      });
    const found = await this.people.byEmails(addresses);
    const known = await this.people.asSignedIn(
      addresses.map((address) => found.get(address)).filter((person) => person !== undefined),
    );
    const recipients = known.filter((person) => mayConverse(this.policy, me, person));
    const allowed = new Set(recipients.map((person) => person.email.toLowerCase()));
    // An address nobody has and one the actor may not talk with read alike: nothing leaks.
    const refused = addresses.filter((address) => !allowed.has(address));
    if (refused.length > 0)
      throw FormError.field('recipients', {
        key: 'conversations.recipients.refused',
        params: { addresses: refused.join(', '), count: refused.length },
      });
    this.mayAllTalk(recipients);
    const body = this.bodyOf(input.body);
    const subject = input.subject?.trim() || null;
    const everyone = [me, ...recipients];
    const resolved = await this.mentions.resolve(body, me.id, everyone);
    const now = new Date();
    const { conversation, message } = await this.dataSource.transaction(async (manager) => {
      const conversation = await manager
        .getRepository(Conversation)
        .save(manager.getRepository(Conversation).create({ subject, createdById: me.id }));
      await manager.getRepository(ConversationParticipant).insert(
        everyone.map((person) => ({
          conversationId: conversation.id,
          userId: person.id,
          addedById: person.id === me.id ? null : me.id,
          joinedAt: now,
          leftAt: null,
          lastReadMessageId: 0,
        })),
      );
      const message = await this.insertMessage(manager, conversation, me.id, body, resolved.names);
      return { conversation, message };
    });
    await this.afterMessage(conversation, message, everyone, resolved.notifiedUserIds);
    return { conversation, message, unreachable: resolved.unreachable };
  }

  async reply(actor: Actor, conversationId: number, input: { body: string }): Promise<Sent> {
    const { conversation } = await this.access.load(actor, conversationId);
    const body = this.bodyOf(input.body);
    const participants = await this.participants(conversation.id);
    const authorId = userOf(actor).id;
    const resolved = await this.mentions.resolve(body, authorId, participants);
    const message = await this.dataSource.transaction((manager) =>
      this.insertMessage(manager, conversation, authorId, body, resolved.names),
    );
    await this.afterMessage(conversation, message, participants, resolved.notifiedUserIds);
    return { conversation, message, unreachable: resolved.unreachable };
  }

  /** One of the actor's own messages in a conversation they are in (404 for anything else). */
  async ownMessage(
    actor: Actor,
    conversationId: number,
    messageId: number,
  ): Promise<{ conversation: Conversation; message: ConversationMessage }> {
    const { conversation } = await this.access.load(actor, conversationId);
    const message = Number.isSafeInteger(messageId)
      ? await this.dataSource
          .getRepository(ConversationMessage)
          .findOneBy({ id: messageId, conversationId: conversation.id })
      : null;
    if (!message || message.authorId !== userOf(actor).id) throw new NotFoundException();
    return { conversation, message };
  }

  /**
   * Replaces the text of one's own message, keeping the old one for the author. `revision` is
   * the one the form was made from: when the message changed since (another tab), nothing is
   * written and the form says so.
   */
  async edit(
    actor: Actor,
    conversationId: number,
    messageId: number,
    input: { body: string; revision: number },
  ): Promise<Sent> {
    const { conversation, message } = await this.ownMessage(actor, conversationId, messageId);
    const body = this.bodyOf(input.body);
    const participants = await this.participants(conversation.id);
    const resolved = await this.mentions.resolve(body, message.authorId, participants);
    const html = this.markdown.render(body, resolved.names);
    const saved = await this.dataSource.transaction(async (manager) => {
      const result = await manager
        .getRepository(ConversationMessage)
        .createQueryBuilder()
        .update()
        .set({ body, html, revision: () => 'revision + 1', editedAt: new Date() })
        .where('id = :id AND revision = :revision', { id: message.id, revision: input.revision })
        .execute();
      if (!result.affected) return false;
      await manager
        .getRepository(ConversationMessageRevision)
        .insert({ messageId: message.id, revision: input.revision, body: message.body });
      return true;
    });
    if (!saved) throw new FormError({ body: ['conversations.stale'] }, 'conversations.stale');
    const updated = await this.dataSource
      .getRepository(ConversationMessage)
      .findOneByOrFail({ id: message.id });
    this.live.edited(conversation, updated);
    return { conversation, message: updated, unreachable: resolved.unreachable };
  }

  /**
   * Adds a member the actor names by address: only when every current participant may talk with
   * them (the rule, both directions). A member who had left comes back; they see the whole
   * conversation, as in Discourse.
   */
  async addParticipant(
    actor: Actor,
    conversationId: number,
    input: { recipient: string },
  ): Promise<ConversationPerson> {
    const { conversation } = await this.access.load(actor, conversationId);
    const address = input.recipient.trim().toLowerCase();
    const participants = await this.participants(conversation.id);
    if (participants.some((person) => person.email.toLowerCase() === address))
      throw FormError.field('recipient', 'conversations.participants.already');
    const found = (await this.people.byEmails([address])).get(address);
    const [person] = found ? await this.people.asSignedIn([found]) : [];
    const me = this.people.self(userOf(actor));
    if (!person || !mayConverse(this.policy, me, person))
      throw FormError.field('recipient', {
        key: 'conversations.recipients.refused',
        params: { addresses: address, count: 1 },
      });
    // A deactivated participant is no one to talk with any more: they do not hold others out.
    const current = await this.people.asSignedIn(participants.filter((someone) => someone.active));
    this.mayAllTalk([...current.filter((someone) => someone.active), person]);
    const repository = this.dataSource.getRepository(ConversationParticipant);
    const earlier = await repository.findOneBy({
      conversationId: conversation.id,
      userId: person.id,
    });
    if (earlier) {
      await repository.update(
        { id: earlier.id },
        { leftAt: null, joinedAt: new Date(), addedById: me.id },
      );
    } else {
      await repository.insert({
        conversationId: conversation.id,
        userId: person.id,
        addedById: me.id,
        joinedAt: new Date(),
        leftAt: null,
        lastReadMessageId: 0,
      });
    }
    await this.notifier.added(conversation, person.id, me.id);
    await this.reads.pushCount([person.id]);
    return person;
  }

  /** The actor has seen the conversation up to `messageId`; returns their unread conversations. */
  async seen(actor: Actor, conversationId: number, messageId: number): Promise<number> {
    const { conversation, participant } = await this.access.load(actor, conversationId);
    await this.reads.markRead(participant.userId, conversation, messageId);
    return this.reads.unreadConversations(participant.userId);
  }

  /** The actor leaves: the conversation is no longer theirs to see, and their sockets leave its room. */
  async leave(actor: Actor, conversationId: number): Promise<void> {
    const { participant } = await this.access.load(actor, conversationId);
    await this.dataSource
      .getRepository(ConversationParticipant)
      .update({ id: participant.id }, { leftAt: new Date() });
    await this.liveEvents.rightsChanged(participant.userId);
    await this.reads.pushCount([participant.userId]);
  }

  /** The current participants as the rule and mentions read them, in the order they joined. */
  async participants(conversationId: number): Promise<ConversationPerson[]> {
    const ids = await this.access.participantIds(conversationId);
    const persons = await this.people.byIds(ids);
    return ids.map((id) => persons.get(id)).filter((person) => person !== undefined);
  }

  private mayAllTalk(people: readonly ConversationPerson[]): void {
    const pair = refusedPair(this.policy, people);
    if (pair)
      throw FormError.field('recipients', {
        key: 'conversations.recipients.apart',
        params: { first: pair[0].name, second: pair[1].name },
      });
  }

  private bodyOf(text: string): string {
    const body = text.replace(/\r\n/g, '\n').trim();
    if (!body) throw FormError.field('body', 'conversations.body.missing');
    return body;
  }

  private async insertMessage(
    manager: EntityManager,
    conversation: Conversation,
    authorId: number,
    body: string,
    names: Map<string, string>,
  ): Promise<ConversationMessage> {
    const message = await manager.getRepository(ConversationMessage).save(
      manager.getRepository(ConversationMessage).create({
        conversationId: conversation.id,
        authorId,
        body,
        html: this.markdown.render(body, names),
      }),
    );
    await manager
      .getRepository(Conversation)
      .createQueryBuilder()
      .update()
      .set({
        messageCount: () => 'message_count + 1',
        lastMessageId: message.id,
        lastMessageAt: message.createdAt,
      })
      .where('id = :id', { id: conversation.id })
      .execute();
    // The author has read what they wrote.
    await manager
      .getRepository(ConversationParticipant)
      .update(
        { conversationId: conversation.id, userId: authorId },
        { lastReadMessageId: message.id },
      );
    conversation.messageCount += 1;
    conversation.lastMessageId = message.id;
    conversation.lastMessageAt = message.createdAt;
    return message;
  }

  /** After the commit: the open pages, the others' badges, and their notifications. */
  private async afterMessage(
    conversation: Conversation,
    message: ConversationMessage,
    participants: readonly ConversationPerson[],
    mentioned: readonly number[],
  ): Promise<void> {
    const others = participants.filter((person) => person.id !== message.authorId);
    const author = participants.find((person) => person.id === message.authorId);
    this.live.posted(conversation, message, author?.name ?? '');
    // The others have one more to read; the author has read everything up to their message.
    await this.reads.pushCount(participants.map((person) => person.id));
    await this.reads.wrote(message.authorId, conversation.id);
    await this.notifier.notify(
      conversation,
      message,
      others.map((person) => person.id),
      mentioned,
    );
  }
}
