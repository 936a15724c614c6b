import { courseProgress, quizUnlocked } from './course-progress';
import { parseCourseSource } from './course-source';
import { SMALL_COURSE } from '../../test/support/training-fixture';

describe('unlocking', () => {
  const parsed = parseCourseSource(SMALL_COURSE, '/f');
  if (!parsed.ok) throw new Error('does not parse');
  const content = parsed.content;
  const [first, second] = content.modules;

  it('opens the first module only, at the start', () => {
    const progress = courseProgress(content, new Set(), new Set());
    expect(progress.modules.map((module) => module.unlocked)).toEqual([true, false]);
    expect(progress.finalUnlocked).toBe(false);
    expect(progress.percent).toBe(0);
    expect(quizUnlocked(progress, 0)).toBe(true);
    expect(quizUnlocked(progress, 1)).toBe(false);
  });

  it('opens the next module when the quiz before is passed, the final after all', () => {
    const one = courseProgress(content, new Set([first.quiz.key]), new Set([first.lessons[0].key]));
    expect(one.modules.map((module) => module.unlocked)).toEqual([true, true]);
    expect(one.modules[0]).toMatchObject({ passed: true, lessonsDone: 1, lessonsTotal: 2 });
    expect(one.finalUnlocked).toBe(false);
    const both = courseProgress(content, new Set([first.quiz.key, second.quiz.key]), new Set());
    expect(both.finalUnlocked).toBe(true);
    expect(both.complete).toBe(false);
  });

  it('ignores a later quiz passed while an earlier one is not (a changed version)', () => {
    const progress = courseProgress(
      content,
      new Set([second.quiz.key, content.final.key]),
      new Set(),
    );
    expect(progress.modules.map((module) => module.passed)).toEqual([false, false]);
    expect(progress.complete).toBe(false);
  });

  it('is complete with every quiz and the final assessment passed', () => {
    const lessons = new Set(content.modules.flatMap((m) => m.lessons.map((l) => l.key)));
    const progress = courseProgress(
      content,
      new Set([first.quiz.key, second.quiz.key, content.final.key]),
      lessons,
    );
    expect(progress.complete).toBe(true);
    expect(progress.percent).toBe(100);
  });
});
