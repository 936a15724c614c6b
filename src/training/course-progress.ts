import type { CourseContent } from './course-source';

/** Where a learner stands in one module. */
export interface ModuleProgress {
  readonly index: number;
  readonly unlocked: boolean;
  readonly passed: boolean;
  readonly lessonsDone: number;
  readonly lessonsTotal: number;
}

export interface CourseProgress {
  readonly modules: readonly ModuleProgress[];
  readonly finalUnlocked: boolean;
  readonly finalPassed: boolean;
  /** Every module's quiz and the final assessment passed. */
  readonly complete: boolean;
  /** Steps done (lessons read and quizzes passed) out of all, as a whole percent; 100 once complete. */
  readonly percent: number;
}

/**
 * The unlocking rule: the first module is open; each next one opens when the quiz of the one
 * before is passed; the final assessment opens when every module's quiz is passed; the course
 * is complete when the final assessment is passed too. Lessons are progress, not gates: a
 * learner who knows the subject may take a module's quiz straight away.
 */
export function courseProgress(
  content: CourseContent,
  passedQuizzes: ReadonlySet<string>,
  doneLessons: ReadonlySet<string>,
): CourseProgress {
  let open = true;
  const modules = content.modules.map((module, index) => {
    const passed = passedQuizzes.has(module.quiz.key);
    const progress = {
      index,
      unlocked: open,
      passed: open && passed,
      lessonsDone: module.lessons.filter((lesson) => doneLessons.has(lesson.key)).length,
      lessonsTotal: module.lessons.length,
    };
    open = open && passed;
    return progress;
  });
  const finalUnlocked = open;
  const finalPassed = finalUnlocked && passedQuizzes.has(content.final.key);
  const steps = modules.reduce((sum, module) => sum + module.lessonsTotal + 1, 0) + 1;
  const done =
    modules.reduce((sum, module) => sum + module.lessonsDone + (module.passed ? 1 : 0), 0) +
    (finalPassed ? 1 : 0);
  return {
    modules,
    finalUnlocked,
    finalPassed,
    complete: finalPassed,
    // Lessons are not gates: a course completed without reading every lesson is still done.
    percent: finalPassed ? 100 : Math.floor((done * 100) / steps),
  };
}

/** Whether the quiz of `moduleIndex` (null: the final assessment) may be taken now. */
export function quizUnlocked(progress: CourseProgress, moduleIndex: number | null): boolean {
  return moduleIndex === null
    ? progress.finalUnlocked
    : (progress.modules[moduleIndex]?.unlocked ?? false);
}
