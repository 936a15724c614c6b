import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import { MarkdownRenderer } from '../../common/markdown/markdown-renderer';
import type { SearchDocument } from '../../search/search-document';
import { SearchIndex } from '../../search/search-index.service';
import { SearchSources } from '../../search/search-sources';
import { MeetingAgendaItem } from './meeting-agenda-item.entity';
import { Meeting } from './meeting.entity';

const REINDEX_BATCH = 200;

/**
 * Keeps meetings in the search index: found by title, agenda (items and presenters) and
 * minutes, with the IWG's `region` visibility (the search query filters by it, as for the
 * forum's threads). `search:reindex` reads them all through the source registered here.
 */
@Injectable()
export class MeetingSearchIndexer implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly index: SearchIndex,
    private readonly sources: SearchSources,
    private readonly markdown: MarkdownRenderer,
  ) {}

  onModuleInit(): void {
    this.sources.register({ kind: 'meeting', documents: (manager) => this.all(manager) });
  }

  async refresh(meetingId: number): Promise<void> {
    const [doc] = await this.documents(this.dataSource.manager, [meetingId]);
    if (doc) await this.index.put(doc);
    else await this.index.remove('meeting', meetingId);
  }

  async documents(manager: EntityManager, ids: readonly number[]): Promise<SearchDocument[]> {
    if (ids.length === 0) return [];
    const [meetings, agenda] = await Promise.all([
      manager.getRepository(Meeting).findBy({ id: In([...ids]) }),
      manager
        .getRepository(MeetingAgendaItem)
        .find({ where: { meetingId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } }),
    ]);
    return meetings.map((meeting) => {
      const items = agenda.filter((item) => item.meetingId === meeting.id);
      const body = [
        ...items.map((item) => [item.title, item.presenter].filter(Boolean).join(' — ')),
        meeting.minutes ? this.markdown.plainText(meeting.minutes) : '',
      ]
        .filter(Boolean)
        .join('\n');
      return {
        kind: 'meeting',
        refId: meeting.id,
        title: meeting.title,
        body,
        keywords: [meeting.place ?? ''].filter(Boolean),
        iwgId: meeting.iwgId,
        url: `/iwg/${meeting.iwgId}/meetings/${meeting.id}`,
        date: meeting.startsAt,
        visibility: meeting.visibility,
      };
    });
  }

  private async *all(manager: EntityManager): AsyncIterable<SearchDocument[]> {
    let after = 0;
    for (;;) {
      const rows = await manager.getRepository(Meeting).find({
        where: { id: MoreThan(after) },
        select: { id: true },
        order: { id: 'ASC' },
        take: REINDEX_BATCH,
      });
      if (rows.length === 0) return;
      yield this.documents(
        manager,
        rows.map((row) => row.id),
      );
      after = rows[rows.length - 1].id;
    }
  }
}
