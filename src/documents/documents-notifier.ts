import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, LessThan, Not, type DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { numericIds, type NotificationSubject } from '../notifications/notification-source';
import type {
  NotificationParams,
  NotificationReason,
  NotificationRecipient,
} from '../notifications/notification-types';
import { NotificationsService } from '../notifications/notifications.service';
import { Organisation } from '../organisations/organisation.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { StateDocument } from './state-document.entity';
import { StateDocumentDecision } from './state-document-decision.entity';

/** The subject kind of a State's document in the notification pipeline. */
export const DOCUMENT_SUBJECT = 'state-document';

type Change = NotificationParams['document']['change'];

/**
 * Tells the people a State's document concerns, through the one notification pipeline (type
 * `document`):
 * - a template's new version: the focal points of every State with a document made from an
 *   older one, and that document's editors (who made it, who decided on its template changes);
 * - sent for review: programme staff and the experts assigned to the State;
 * - approved by both sides, or made active: the State's focal points;
 * - a review comment: the document's editors.
 * Called after the change committed; a failure is logged and never undoes the change. The
 * source registered here answers, whenever a notification is shown or mailed, only for members
 * who may see the document now (the visibility policy, as the document's page).
 */
@Injectable()
export class DocumentsNotifier implements OnModuleInit {
  private readonly logger = new Logger('DocumentsNotifier');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly policy: VisibilityPolicy,
  ) {}

  onModuleInit(): void {
    this.notifications.registerSource({
      kind: DOCUMENT_SUBJECT,
      describe: (user, ids) => this.describe(user, ids),
    });
  }

  /** The documents among `ids` that `user` may see now, through the policy inside the query. */
  async describe(
    user: AuthenticatedUser,
    ids: readonly string[],
  ): Promise<ReadonlyMap<string, NotificationSubject>> {
    const wanted = numericIds(ids);
    if (wanted.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository(StateDocument)
      .createQueryBuilder('document')
      .select(['document.id', 'document.title', 'document.stateId'])
      .where({ id: In(wanted) })
      .andWhere(this.policy.condition(user, VisibilityPolicy.embeddedColumns('document')))
      .getMany();
    if (rows.length === 0) return new Map();
    const states = new Map(
      (
        await this.dataSource.getRepository(Organisation).find({
          where: { id: In([...new Set(rows.map((row) => row.stateId))]) },
          select: { id: true, code: true, name: true },
        })
      ).map((state) => [state.id, state]),
    );
    return new Map(
      rows.map((row) => [
        String(row.id),
        {
          title: row.title,
          excerpt: states.get(row.stateId)?.name ?? '',
          path: `/states/${states.get(row.stateId)?.code ?? ''}/documents/${row.id}`,
        },
      ]),
    );
  }

  /** A template's new version `version`: every open document made from an older one. */
  async templateUpdated(templateId: number, version: number, actorId: number): Promise<void> {
    await this.safely('template', async () => {
      const documents = await this.dataSource.getRepository(StateDocument).find({
        where: {
          templateId,
          templateVersion: LessThan(version),
          status: Not(In(['superseded', 'archived'])),
        },
      });
      const focalPoints = await this.focalPointsOf(documents.map((doc) => doc.stateId));
      const editors = await this.editorsOf(documents);
      for (const document of documents)
        await this.publish(document, 'template', actorId, [
          ...this.as(focalPoints.get(document.stateId) ?? [], 'state'),
          ...this.as(editors.get(document.id) ?? [], 'participant'),
        ]);
    });
  }

  /** A document sent for review: programme staff and the experts assigned to the State. */
  async submitted(document: StateDocument, actorId: number): Promise<void> {
    await this.safely('submitted', async () => {
      const staff = await this.dataSource.getRepository(User).find({
        where: { role: 'staff', active: true },
        select: { id: true },
      });
      const experts = await this.dataSource.getRepository(User).find({
        where: { role: 'expert', active: true },
        select: { id: true },
      });
      const assigned: number[] = [];
      for (const expert of experts) {
        const user = await this.users.findAuthenticated(expert.id);
        if (user?.assignedStateIds.includes(document.stateId)) assigned.push(expert.id);
      }
      await this.publish(document, 'submitted', actorId, [
        ...staff.map((user) => ({ userId: user.id, reason: 'moderator' as const })),
        ...assigned.map((userId) => ({ userId, reason: 'assigned' as const })),
      ]);
    });
  }

  /** Approved by both sides, or made active: the State's focal points. */
  async reachedState(
    document: StateDocument,
    change: 'approved' | 'active',
    actorId: number,
  ): Promise<void> {
    await this.safely(change, async () => {
      const focalPoints = (await this.focalPointsOf([document.stateId])).get(document.stateId);
      await this.publish(document, change, actorId, this.as(focalPoints ?? [], 'state'));
    });
  }

  /** A review comment: the document's editors. */
  async commented(document: StateDocument, actorId: number): Promise<void> {
    await this.safely('comment', async () => {
      await this.publish(
        document,
        'comment',
        actorId,
        this.as((await this.editorsOf([document])).get(document.id) ?? [], 'participant'),
      );
    });
  }

  /** Each document's editors, by document id: who made it, who decided on its template's changes. */
  private async editorsOf(documents: readonly StateDocument[]): Promise<Map<number, number[]>> {
    const editors = new Map(documents.map((doc) => [doc.id, new Set([doc.createdById])]));
    if (documents.length === 0) return new Map();
    const deciders = await this.dataSource.getRepository(StateDocumentDecision).find({
      where: { documentId: In(documents.map((doc) => doc.id)) },
      select: { documentId: true, decidedById: true },
    });
    for (const row of deciders) editors.get(row.documentId)?.add(row.decidedById);
    return new Map([...editors].map(([id, userIds]) => [id, [...userIds]]));
  }

  /** The active focal points of each State, by State id. */
  private async focalPointsOf(stateIds: readonly number[]): Promise<Map<number, number[]>> {
    const byState = new Map<number, number[]>();
    if (stateIds.length === 0) return byState;
    const rows = await this.dataSource.getRepository(User).find({
      where: { role: 'focal-point', active: true, organisationId: In([...new Set(stateIds)]) },
      select: { id: true, organisationId: true },
    });
    for (const row of rows)
      byState.set(row.organisationId, [...(byState.get(row.organisationId) ?? []), row.id]);
    return byState;
  }

  private as(userIds: readonly number[], reason: NotificationReason): NotificationRecipient[] {
    return userIds.map((userId) => ({ userId, reason }));
  }

  private async publish(
    document: StateDocument,
    change: Change,
    actorId: number,
    recipients: readonly NotificationRecipient[],
  ): Promise<void> {
    if (recipients.length === 0) return;
    await this.notifications.publish({
      type: 'document',
      recipients,
      subject: { kind: DOCUMENT_SUBJECT, id: document.id },
      actorUserId: actorId,
      params: { change },
    });
  }

  private async safely(change: Change, work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      this.logger.error({ err: error, change }, 'document notification failed');
    }
  }
}
