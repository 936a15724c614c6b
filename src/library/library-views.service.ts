import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, DataSource, type Repository } from 'typeorm';
import { userOf, type Actor } from '../common/actor/actor';
import type { AuthenticatedUser } from '../common/auth/authenticated-user';
import { formatLanguage } from '../common/i18n/intl-format';
import { filterValues } from '../common/lists/filters';
import { pagedList, pageRequest } from '../common/lists/paged-list';
import type { VisibilityColumns } from '../common/visibility/visibility-columns';
import { VisibilityPolicy } from '../common/visibility/visibility-policy';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { ReferenceDataCache } from '../organisations/reference-data.cache';
import { LIST_FILTERS, type ListResourcesQuery } from './dto/list-resources.query';
import { UN_LANGUAGES } from './dto/resource-form.dto';
import { FILE_TYPE_INFO, FILE_TYPES } from './files/file-type';
import { LibraryAccess } from './library-access';
import { visibilityValue } from './library-publishing.service';
import { LibraryResource } from './library-resource.entity';
import { mayEdit, reviews, visibilityChoices } from './library-rights';
import { LibraryVersion } from './library-version.entity';

const PAGE_SIZE = 20;

/** A size as the list shows it: a catalogue key with the number in KB or MB. */
export function sizeOf(bytes: number | null): { key: string; params: { size: number } } | null {
  if (bytes === null) return null;
  if (bytes < 1024 * 1024)
    return { key: 'library.size.kb', params: { size: Math.max(1, Math.round(bytes / 1024)) } };
  return { key: 'library.size.mb', params: { size: Math.round((bytes / 1048576) * 10) / 10 } };
}

/**
 * What the library's pages show: the filtered list (the visibility condition inside the query,
 * so paging and counts never include what the reader may not see), a resource's page with its
 * versions and family, the forms' choices and the review queue.
 */
@Injectable()
export class LibraryViewsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectRepository(LibraryResource) private readonly resources: Repository<LibraryResource>,
    @InjectRepository(LibraryVersion) private readonly versions: Repository<LibraryVersion>,
    private readonly policy: VisibilityPolicy,
    private readonly access: LibraryAccess,
    private readonly referenceData: ReferenceDataCache,
  ) {}

  async listModel(actor: Actor, query: ListResourcesQuery) {
    const user = userOf(actor);
    const request = pageRequest(query.page, PAGE_SIZE);
    const qb = this.listable(user);
    if (query.pillar)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM library_resource_pillar lp INNER JOIN pillar p ON p.id = lp.pillar_id WHERE lp.resource_id = resource.id AND p.code = :pillar)',
        { pillar: query.pillar },
      );
    if (query.tag)
      qb.andWhere(
        'EXISTS (SELECT 1 FROM library_tag lt WHERE lt.resource_id = resource.id AND lt.tag = :tag)',
        { tag: query.tag.toLowerCase() },
      );
    if (query.language) qb.andWhere('resource.language = :language', { language: query.language });
    if (query.type === 'link') qb.andWhere('resource.kind = :link', { link: 'link' });
    else if (query.type) qb.andWhere('resource.fileType = :type', { type: query.type });
    if (query.where) {
      const [level, id] = query.where.split(':');
      qb.andWhere(`resource.visibility.level = :whereLevel`, { whereLevel: level });
      qb.andWhere(
        level === 'region'
          ? 'resource.visibility.regionId = :whereId'
          : 'resource.visibility.stateId = :whereId',
        { whereId: Number(id) },
      );
    }
    if (query.from) qb.andWhere('resource.documentDate >= :from', { from: query.from });
    if (query.to) qb.andWhere('resource.documentDate <= :to', { to: query.to });
    if (query.sort === 'title')
      qb.orderBy('resource.title', 'ASC').addOrderBy('resource.id', 'ASC');
    else qb.orderBy('resource.createdAt', 'DESC').addOrderBy('resource.id', 'DESC');
    const [rows, total] = await qb.skip(request.offset).take(request.size).getManyAndCount();
    const pillarsById = await this.pillarsOf(rows.map((row) => row.id));
    const filters = filterValues(query, LIST_FILTERS);
    const list = pagedList(
      await Promise.all(rows.map((row) => this.rowView(row, actor, pillarsById.get(row.id) ?? []))),
      total,
      request,
      { path: '/library', filters },
    );
    return {
      pageTitle: { key: 'library.title' },
      resources: list.items,
      total,
      pagination: list.pagination,
      filters,
      filtered: LIST_FILTERS.some((key) => key !== 'sort' && filters[key]),
      choices: await this.filterChoices(user, actor.locale, query),
      pendingCount: reviews(user) ? await this.resources.countBy({ status: 'pending' }) : 0,
      mayReview: reviews(user),
    };
  }

  /** The newest published resources the actor may see (the home page's block). */
  async newest(actor: Actor, limit: number) {
    const rows = await this.listable(userOf(actor))
      .andWhere('resource.status = :newest', { newest: 'published' })
      .orderBy('resource.createdAt', 'DESC')
      .addOrderBy('resource.id', 'DESC')
      .take(limit)
      .getMany();
    const pillarsById = await this.pillarsOf(rows.map((row) => row.id));
    return Promise.all(rows.map((row) => this.rowView(row, actor, pillarsById.get(row.id) ?? [])));
  }

  async pageModel(actor: Actor, id: string) {
    const user = userOf(actor);
    const resource = await this.access.visible(actor, id, {
      pillars: true,
      tags: true,
      author: true,
    });
    const versions = await this.versions.find({
      where: { resourceId: resource.id },
      relations: { uploadedBy: true },
      order: { number: 'DESC' },
    });
    const current = versions.find((version) => version.id === resource.currentVersionId) ?? null;
    return {
      pageTitle: resource.title,
      resource: {
        ...(await this.rowView(
          resource,
          actor,
          resource.pillars.map((p) => p.code),
        )),
        summary: resource.summary,
        url: resource.url,
        author: resource.author.name,
        tags: resource.tags.map((tag) => tag.tag).sort(),
        reviewNote: resource.reviewNote,
        extraction: current ? `library.extraction.${current.extractionStatus}` : null,
        preview: current !== null && FILE_TYPE_INFO[current.fileType].previewable,
        fileName: current?.fileName ?? null,
      },
      versions: versions.map((version) => ({
        number: version.number,
        current: version.id === resource.currentVersionId,
        uploadedBy: version.uploadedBy.name,
        uploadedAt: version.uploadedAt,
        note: version.note,
        fileName: version.fileName,
        size: sizeOf(version.size),
        typeLabel: `library.type.${version.fileType}`,
        extraction: `library.extraction.${version.extractionStatus}`,
        preview: FILE_TYPE_INFO[version.fileType].previewable,
      })),
      family: await this.familyView(actor, resource),
      mayEdit: mayEdit(user, resource),
      mayReview: reviews(user) && resource.status === 'pending',
    };
  }

  /**
   * The other languages of the resource's family that the reader may see, each marked when its
   * newest file (or, for a link, its last change) is older than the newest in the family.
   */
  private async familyView(actor: Actor, resource: LibraryResource) {
    if (resource.familyId === null) return null;
    const user = userOf(actor);
    const members = await this.resources
      .createQueryBuilder('resource')
      .leftJoin(LibraryVersion, 'version', 'version.id = resource.currentVersionId')
      .addSelect('version.uploadedAt', 'revised')
      .where('resource.familyId = :family', { family: resource.familyId })
      .andWhere('resource.status = :published', { published: 'published' })
      .andWhere(
        this.policy.condition(user, VisibilityPolicy.embeddedColumns('resource'), 'resource'),
      )
      .getRawAndEntities<{ revised: string | Date | null }>();
    const revised = members.entities.map((member, index) => {
      const raw = members.raw[index]?.revised;
      return raw ? new Date(raw) : member.updatedAt;
    });
    const selfRevised =
      members.entities.findIndex((member) => member.id === resource.id) >= 0
        ? revised[members.entities.findIndex((member) => member.id === resource.id)]
        : resource.updatedAt;
    const newest = Math.max(selfRevised.getTime(), ...revised.map((date) => date.getTime()));
    const others = members.entities
      .map((member, index) => ({
        id: member.id,
        language: formatLanguage(member.language, actor.locale) ?? member.language,
        code: member.language,
        older: revised[index].getTime() < newest,
        revisedAt: revised[index],
      }))
      .filter((member) => member.id !== resource.id);
    if (others.length === 0) return null;
    return { others, selfOlder: selfRevised.getTime() < newest };
  }

  /** The new and edit forms' choices: pillars, languages, the visibilities the user may give. */
  async formModel(actor: Actor, resource?: LibraryResource, selectedVisibility = '') {
    const user = userOf(actor);
    const pillars = await this.referenceData.pillars();
    return {
      pillars: pillars.map((pillar) => ({ value: pillar.code, label: pillar.name })),
      languages: UN_LANGUAGES.map((code) => ({
        value: code,
        label: formatLanguage(code, actor.locale) ?? code,
      })),
      visibilityGroups: (await this.visibilityOptions(user)).map((group) => ({
        ...group,
        options: group.options.map((option) => ({
          ...option,
          selected: option.value === selectedVisibility,
        })),
      })),
      kinds: resource ? null : ['file', 'link'],
      current: resource
        ? {
            id: resource.id,
            kind: resource.kind,
            title: resource.title,
            summary: resource.summary,
            url: resource.url ?? '',
            pillars: resource.pillars.map((pillar) => pillar.code),
            tags: resource.tags.map((tag) => tag.tag).join(', '),
            language: (UN_LANGUAGES as readonly string[]).includes(resource.language)
              ? resource.language
              : 'other',
            otherLanguage: (UN_LANGUAGES as readonly string[]).includes(resource.language)
              ? ''
              : resource.language,
            documentDate: resource.documentDate ?? '',
            visibility: visibilityValue(resource.visibility),
          }
        : null,
    };
  }

  /** Proposals waiting for staff, oldest first. */
  async reviewModel(actor: Actor) {
    const pending = await this.resources.find({
      where: { status: 'pending' },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const pillarsById = await this.pillarsOf(pending.map((row) => row.id));
    return {
      pageTitle: { key: 'library.review.title' },
      pending: await Promise.all(
        pending.map(async (row) => ({
          ...(await this.rowView(row, actor, pillarsById.get(row.id) ?? [])),
          author: row.author.name,
          summary: row.summary,
        })),
      ),
    };
  }

  /** What the user's list may show: what the policy lets them see, published or their own. */
  private listable(user: AuthenticatedUser) {
    return this.resources
      .createQueryBuilder('resource')
      .where(this.policy.condition(user, VisibilityPolicy.embeddedColumns('resource'), 'resource'))
      .andWhere(
        new Brackets((own) => {
          own
            .where('resource.status = :published', { published: 'published' })
            .orWhere('resource.authorId = :me', { me: user.id });
        }),
      );
  }

  private async visibilityOptions(user: AuthenticatedUser) {
    const choices = visibilityChoices(user);
    const organisations = await this.referenceData.organisations();
    const regions = await this.dataSource.getRepository(IwgRegion).find({ order: { name: 'ASC' } });
    const groups: {
      labelKey: string;
      options: { value: string; label?: string; labelKey?: string }[];
    }[] = [];
    for (const choice of choices) {
      if (choice.level === 'programme' || choice.level === 'staff') {
        groups.push({
          labelKey: `library.visibility.${choice.level}`,
          options: [{ value: choice.level, labelKey: `library.visibility.${choice.level}.option` }],
        });
      } else if (choice.level === 'region') {
        const list =
          choice.regionId === null ? regions : regions.filter((r) => r.id === choice.regionId);
        groups.push({
          labelKey: 'library.visibility.region',
          options: list.map((region) => ({ value: `region:${region.id}`, label: region.name })),
        });
      } else {
        const states = organisations.filter(
          (org) => org.kind === 'state' && (choice.stateId === null || org.id === choice.stateId),
        );
        const existing = groups.find((group) => group.labelKey === 'library.visibility.state');
        const options = states.map((state) => ({ value: `state:${state.id}`, label: state.name }));
        if (existing) existing.options.push(...options);
        else groups.push({ labelKey: 'library.visibility.state', options });
      }
    }
    return groups;
  }

  private async filterChoices(user: AuthenticatedUser, locale: string, query: ListResourcesQuery) {
    const pillars = await this.referenceData.pillars();
    const used = await this.listable(user)
      .select('DISTINCT resource.language', 'language')
      .getRawMany<{ language: string }>();
    const codes = [...new Set([...UN_LANGUAGES, ...used.map((row) => row.language)])];
    const reach = this.policy.reach(user);
    const organisations = await this.referenceData.organisations();
    const regions = await this.dataSource.getRepository(IwgRegion).find({ order: { name: 'ASC' } });
    const seenRegions = reach.everything
      ? regions
      : regions.filter((r) => reach.regionIds.includes(r.id));
    const seenStates = organisations.filter(
      (org) => org.kind === 'state' && (reach.everything || reach.stateIds.includes(org.id)),
    );
    return {
      pillars: pillars.map((pillar) => ({
        value: pillar.code,
        label: pillar.name,
        selected: pillar.code === query.pillar,
      })),
      languages: codes
        .map((code) => ({
          value: code,
          label: formatLanguage(code, locale) ?? code,
          selected: code === query.language,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
      types: [...FILE_TYPES, 'link'].map((type) => ({
        value: type,
        labelKey: `library.type.${type}`,
        selected: type === query.type,
      })),
      where: [
        ...seenRegions.map((region) => ({
          value: `region:${region.id}`,
          label: region.name,
          selected: query.where === `region:${region.id}`,
        })),
        ...seenStates.map((state) => ({
          value: `state:${state.id}`,
          label: state.name,
          selected: query.where === `state:${state.id}`,
        })),
      ],
      sorts: ['newest', 'title'].map((sort) => ({
        value: sort,
        labelKey: `library.sort.${sort}`,
        selected: (query.sort ?? 'newest') === sort,
      })),
    };
  }

  private async rowView(resource: LibraryResource, actor: Actor, pillarCodes: readonly string[]) {
    const pillars = await this.referenceData.pillars();
    return {
      id: resource.id,
      title: resource.title,
      kind: resource.kind,
      typeLabel:
        resource.kind === 'link' ? 'library.type.link' : `library.type.${resource.fileType}`,
      size: sizeOf(resource.fileSize),
      language: formatLanguage(resource.language, actor.locale) ?? resource.language,
      languageCode: resource.language,
      visibility: await this.visibilityLabel(resource.visibility),
      status: resource.status,
      pending: resource.status === 'pending',
      rejected: resource.status === 'rejected',
      documentDate: resource.documentDate,
      createdAt: resource.createdAt,
      pillars: pillars
        .filter((pillar) => pillarCodes.includes(pillar.code))
        .map((pillar) => pillar.name),
    };
  }

  private async visibilityLabel(visibility: VisibilityColumns) {
    if (visibility.level === 'state' && visibility.stateId !== null) {
      const state = await this.referenceData.organisation(visibility.stateId);
      return { key: 'library.visibility.stateOf', params: { name: state?.name ?? '' } };
    }
    if (visibility.level === 'region' && visibility.regionId !== null) {
      const region = await this.dataSource
        .getRepository(IwgRegion)
        .findOneBy({ id: visibility.regionId });
      return { key: 'library.visibility.regionOf', params: { name: region?.name ?? '' } };
    }
    return { key: `library.visibility.${visibility.level}` };
  }

  private async pillarsOf(ids: number[]): Promise<Map<number, string[]>> {
    const map = new Map<number, string[]>();
    if (ids.length === 0) return map;
    const rows = await this.dataSource
      .createQueryBuilder()
      .select('lp.resource_id', 'resourceId')
      .addSelect('p.code', 'code')
      .from('library_resource_pillar', 'lp')
      .innerJoin('pillar', 'p', 'p.id = lp.pillar_id')
      .where('lp.resource_id IN (:...ids)', { ids })
      .getRawMany<{ resourceId: number | string; code: string }>();
    for (const row of rows) {
      const id = Number(row.resourceId);
      map.set(id, [...(map.get(id) ?? []), row.code]);
    }
    return map;
  }
}
