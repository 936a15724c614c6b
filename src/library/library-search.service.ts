import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { VisibilityScope } from '../common/visibility/visibility-level';
import { LibraryResource } from './library-resource.entity';
import { LibraryVersion } from './library-version.entity';

/** What search indexes of one resource: plain text and the values its filters need. */
export interface LibrarySearchDocument {
  readonly kind: 'resource';
  readonly id: number;
  /** Where the result links to. */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** The extracted text of the current file ('' for links and unread files). */
  readonly text: string;
  /** ISO 639-1. */
  readonly language: string;
  readonly pillars: readonly string[];
  /** The same three values the visibility policy filters on, inside the search query. */
  readonly visibility: VisibilityScope;
  /** `YYYY-MM-DD`, or null. */
  readonly documentDate: string | null;
  readonly updatedAt: Date;
}

/** The library's face to search. */
@Injectable()
export class LibrarySearchService {
  constructor(
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
    @InjectRepository(LibraryVersion) private readonly versions: Repository<LibraryVersion>,
  ) {}

  /**
   * The search document of a resource, or null when it must not be in the index (deleted,
   * not published yet, rejected, or no such resource): the indexer then removes it.
   */
  async searchDocument(resourceId: number): Promise<LibrarySearchDocument | null> {
    const resource = await this.resources.findOne({
      where: { id: resourceId, status: 'published' },
      relations: { pillars: true, tags: true },
    });
    if (!resource) return null;
    const current = resource.currentVersionId
      ? await this.versions.findOne({
          where: { id: resource.currentVersionId },
          select: { id: true, extractedText: true },
        })
      : null;
    return {
      kind: 'resource',
      id: resource.id,
      url: `/library/${resource.id}`,
      title: resource.title,
      summary: resource.summary,
      tags: resource.tags.map((tag) => tag.tag).sort(),
      text: current?.extractedText ?? '',
      language: resource.language,
      pillars: resource.pillars.map((pillar) => pillar.code).sort(),
      visibility: {
        level: resource.visibility.level,
        regionId: resource.visibility.regionId,
        stateId: resource.visibility.stateId,
      },
      documentDate: resource.documentDate,
      updatedAt: resource.updatedAt,
    };
  }
}
