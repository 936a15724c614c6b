import { SMALL_COURSE } from '../../test/support/training-fixture';
import { COURSE_SYNTAX, parseCourseSource } from './course-source';
import { PIU_GOVERNANCE_SOURCE } from './seed/piu-governance-course';

describe('course source', () => {
  it('reads every structure line the authoring help shows, as it shows it', () => {
    const line = (name: string) =>
      COURSE_SYNTAX.find((syntax) => syntax.key === `training.syntax.${name}`)!.line;
    let filled = 0;
    const fill = (text: string) => text.replace(/…/g, () => `text ${++filled}`);
    const names = ['module', 'lesson', 'image', 'attachment', 'quiz', 'question', 'right', 'wrong'];
    const source = [
      ...names,
      ...['several', 'right', 'wrong', 'final', 'question', 'right', 'wrong'],
    ]
      .map((name) => fill(line(name)))
      .join('\n');
    // Every line of the help is used: none is shown that the parser would not read.
    expect(new Set([...names, 'several', 'final'])).toEqual(
      new Set(COURSE_SYNTAX.map((syntax) => syntax.key.replace('training.syntax.', ''))),
    );
    const parsed = parseCourseSource(source, '/files');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const [module] = parsed.content.modules;
    expect(module.lessons[0].attachments).toEqual([12]);
    expect(parsed.content.files).toEqual([12]);
    expect(module.quiz.passMark).toBe(70);
    expect(module.quiz.questions.map((question) => question.multiple)).toEqual([false, true]);
    expect(parsed.content.final.passMark).toBe(80);
    // A lesson outside a module names the line to write, from the same syntax.
    const outside = parseCourseSource('## Lesson: Alone\nText', '/files');
    expect(outside.ok ? [] : outside.errors[0]).toMatchObject({
      key: 'training.source.lessonOutside',
      params: { module: '# Module: …' },
    });
  });

  it('reads modules, lessons, quizzes and the final assessment', () => {
    const parsed = parseCourseSource(SMALL_COURSE, '/training/courses/7/files');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { modules, final, files } = parsed.content;
    expect(modules.map((module) => module.title)).toEqual(['Legal basis', 'Carriers']);
    expect(modules[0].lessons.map((lesson) => lesson.title)).toEqual([
      'Why a law',
      'What the law says',
    ]);
    expect(modules[0].lessons[0].markdown).toContain('![Diagram](/training/courses/7/files/12)');
    expect(modules[0].lessons[0].markdown).not.toContain('Attachment');
    expect(modules[0].lessons[0].attachments).toEqual([14]);
    expect(files).toEqual([12, 14]);
    expect(modules[0].quiz.passMark).toBe(50);
    expect(modules[1].quiz.passMark).toBe(70);
    expect(modules[0].quiz.questions[1]).toMatchObject({ multiple: true });
    expect(modules[0].quiz.questions[0].options[0]).toMatchObject({
      text: '1373 (2001)',
      correct: false,
      feedback: 'That one is about terrorist financing.',
    });
    expect(final.passMark).toBe(100);
    // Option ids are unique across the course.
    const ids = [...modules.flatMap((m) => m.quiz.questions), ...final.questions].flatMap((q) =>
      q.options.map((o) => o.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps the keys of what a new version did not change', () => {
    const before = parseCourseSource(SMALL_COURSE, '/f');
    const after = parseCourseSource(
      SMALL_COURSE.replace('Carriers push messages.', 'Carriers push API and PNR.'),
      '/f',
    );
    if (!before.ok || !after.ok) throw new Error('does not parse');
    expect(after.content.modules[0].lessons[0].key).toBe(before.content.modules[0].lessons[0].key);
    expect(after.content.modules[0].quiz.key).toBe(before.content.modules[0].quiz.key);
    expect(after.content.modules[1].lessons[0].key).not.toBe(
      before.content.modules[1].lessons[0].key,
    );
    expect(after.content.modules[1].quiz.key).toBe(before.content.modules[1].quiz.key);
  });

  it('names each mistake with its line', () => {
    const parsed = parseCourseSource(
      [
        'Some text before anything',
        '# Module: Empty',
        '## Quiz (pass 150%)',
        '### Question: Two right answers?',
        '- [x] a',
        '- [x] b',
        '### Question: One answer',
        '- [x] only',
        '#### Nonsense heading',
      ].join('\n'),
      '/f',
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors.map((error) => [error.line, error.key])).toEqual([
      [1, 'training.source.strayText'],
      [2, 'training.source.noLessons'],
      [3, 'training.source.passMark'],
      [4, 'training.source.oneCorrect'],
      [7, 'training.source.optionCount'],
      [9, 'training.source.unknownHeading'],
      [9, 'training.source.noFinal'],
    ]);
  });

  it('refuses a source too long for its column', () => {
    const parsed = parseCourseSource('x'.repeat(60_001), '/f');
    expect(parsed.ok).toBe(false);
  });
});

describe('the seeded PIU governance course', () => {
  it('parses: six modules of two or three lessons, 3–5 questions a quiz, a final assessment', () => {
    const parsed = parseCourseSource(PIU_GOVERNANCE_SOURCE, '/f');
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const { modules, final } = parsed.content;
    expect(modules.map((module) => module.title)).toEqual([
      'Institutional commitment',
      'Legal basis',
      'Data protection',
      'Organisation and staffing',
      'Working with carriers',
      'The screening workflow',
    ]);
    for (const module of modules) {
      expect(module.lessons.length).toBeGreaterThanOrEqual(2);
      expect(module.quiz.questions.length).toBeGreaterThanOrEqual(3);
      expect(module.quiz.questions.length).toBeLessThanOrEqual(5);
    }
    expect(final.questions.length).toBeGreaterThanOrEqual(5);
  });
});
