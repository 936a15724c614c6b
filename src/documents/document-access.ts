import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import { RowAccess } from '../common/visibility/row-access';
import { Organisation } from '../organisations/organisation.entity';
import { editsDocuments } from './documents-rights';
import { StateDocument } from './state-document.entity';

/** The State of `/states/:code/documents`, as the pages need it. */
export interface DocumentState {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

/**
 * The one way a State's documents reach an actor. The State itself and each document are
 * `state` content of that State (its people, staff and admins, its assigned experts), through
 * RowAccess: anyone else gets 404, audited as `access.denied`, as for a code or id that does
 * not exist. A document of another State under this State's path is the same 404.
 */
@Injectable()
export class DocumentAccess {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rows: RowAccess,
  ) {}

  async state(actor: Actor, code: string): Promise<DocumentState> {
    const state = await this.dataSource
      .getRepository(Organisation)
      .findOne({ where: { code, kind: 'state' } });
    const seen = await this.rows.visible(
      actor,
      state,
      (row) => ({ level: 'state', regionId: null, stateId: row.id }),
      (row) => ({ type: 'state-documents', id: row.id, details: { code } }),
    );
    return { id: seen.id, code: seen.code, name: seen.name };
  }

  async document(
    actor: Actor,
    code: string,
    id: string | number,
  ): Promise<{ state: DocumentState; document: StateDocument }> {
    const state = await this.state(actor, code);
    const documentId = typeof id === 'number' ? id : /^\d{1,9}$/.test(id) ? Number(id) : 0;
    if (documentId < 1) throw new NotFoundException();
    const row = await this.dataSource.getRepository(StateDocument).findOneBy({ id: documentId });
    const target = { type: 'state-document', id: documentId };
    // Another State's document under this State's path: absent here, audited like any refusal.
    const document =
      row && row.stateId !== state.id
        ? await this.rows.scoped<StateDocument>(actor, target, null)
        : await this.rows.visible(
            actor,
            row,
            (doc) => doc.visibility,
            () => target,
          );
    return { state, document };
  }

  /** For the writing routes: someone who may see the State but not edit its documents gets 403. */
  assertEditor(actor: Actor, stateId: number): void {
    if (!editsDocuments(userOf(actor), stateId)) throw new ForbiddenException();
  }
}
