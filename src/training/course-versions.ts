import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { parseCourseSource, type CourseContent } from './course-source';
import { TrainingCourseVersion } from './training-course-version.entity';

/** Where a course serves the library files its lessons show (images, attachments). */
export const fileBaseOf = (courseId: number) => `/training/courses/${courseId}/files`;

/**
 * Published versions and their content. A version never changes, so its source is read once
 * per process and kept parsed (a course is a few tens of kilobytes).
 */
@Injectable()
export class CourseVersions {
  private readonly parsed = new Map<number, CourseContent>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load(versionId: number): Promise<TrainingCourseVersion> {
    const version = await this.dataSource
      .getRepository(TrainingCourseVersion)
      .findOneBy({ id: versionId });
    if (!version) throw new NotFoundException();
    return version;
  }

  contentOf(version: TrainingCourseVersion): CourseContent {
    let content = this.parsed.get(version.id);
    if (!content) {
      const result = parseCourseSource(version.source, fileBaseOf(version.courseId));
      // Published sources were parsed without error when published: anything else is a bug.
      if (!result.ok) throw new Error(`course version ${version.id} does not parse`);
      content = result.content;
      this.parsed.set(version.id, content);
    }
    return content;
  }
}
