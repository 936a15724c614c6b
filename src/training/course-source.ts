import { createHash } from 'node:crypto';

/**
 * A course as staff write it: one plain-text source, Markdown for the lessons and a few
 * heading lines for the structure, so a course is written, reviewed and diffed as one text
 * (and the seeded course is the same kind of text). The grammar:
 *
 *   # Module: Institutional commitment
 *   ## Lesson: Why a State sets up a PIU
 *   Markdown…  (an image of the library: ![Diagram](library:12); a download: Attachment: 12)
 *   ## Quiz (pass 75%)
 *   ### Question: Which resolution made API mandatory?
 *   - [ ] 2178 (2014) | Feedback shown to whoever chose this answer.
 *   - [x] 2396 (2017) | …
 *   ### Question (several): Which of these…   (multiple choice: every right answer, no other)
 *   # Final assessment (pass 80%)
 *   ### Question: …
 *
 * Lessons and quizzes are identified by a hash of what they say, so a new version of the
 * course keeps the progress of every lesson and quiz it did not change (see README).
 */
export interface CourseOption {
  readonly id: string;
  readonly text: string;
  readonly correct: boolean;
  readonly feedback: string;
}

export interface CourseQuestion {
  readonly id: string;
  readonly text: string;
  readonly multiple: boolean;
  readonly options: readonly CourseOption[];
}

export interface CourseQuiz {
  readonly key: string;
  readonly passMark: number;
  readonly questions: readonly CourseQuestion[];
}

export interface CourseLesson {
  readonly key: string;
  readonly title: string;
  /** Markdown, library images already pointed at the course's file route. */
  readonly markdown: string;
  /** Library resources offered for download under the lesson. */
  readonly attachments: readonly number[];
}

export interface CourseModule {
  readonly title: string;
  readonly lessons: readonly CourseLesson[];
  readonly quiz: CourseQuiz;
}

export interface CourseContent {
  readonly modules: readonly CourseModule[];
  readonly final: CourseQuiz;
  /** Every library resource the course shows or offers (images and attachments). */
  readonly files: readonly number[];
}

/** A mistake in the source, with its line (1-based): a catalogue key and its parameters. */
export interface SourceError {
  readonly line: number;
  readonly key: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export type ParsedCourse =
  | { readonly ok: true; readonly content: CourseContent }
  | { readonly ok: false; readonly errors: readonly SourceError[] };

/**
 * The structure lines of the source, as the authoring page's help shows them. Decision: they
 * are the format's **syntax**, like Markdown's `#` or `- [x]`, written the same (in English) in
 * every language, so a source reads the same whoever wrote it and in whatever language the
 * course is; the help shows them literally (never through the catalogue, where a translation
 * would offer keywords the parser refuses) beside a translated explanation. Everything else in
 * a source (titles, lessons, questions, feedback) is the course's own language.
 */
export const COURSE_SYNTAX: readonly { readonly line: string; readonly key: string }[] = [
  { line: '# Module: …', key: 'training.syntax.module' },
  { line: '## Lesson: …', key: 'training.syntax.lesson' },
  { line: '![…](library:12)', key: 'training.syntax.image' },
  { line: 'Attachment: 12', key: 'training.syntax.attachment' },
  { line: '## Quiz (pass 70%)', key: 'training.syntax.quiz' },
  { line: '### Question: …', key: 'training.syntax.question' },
  { line: '### Question (several): …', key: 'training.syntax.several' },
  { line: '- [x] … | …', key: 'training.syntax.right' },
  { line: '- [ ] … | …', key: 'training.syntax.wrong' },
  { line: '# Final assessment (pass 80%)', key: 'training.syntax.final' },
];

/** The line that starts a module, quoted in messages as it must be written. */
export const MODULE_LINE = COURSE_SYNTAX[0].line;

/** Bytes of source one course may hold (one TEXT column on MariaDB: 65,535 bytes). */
export const MAX_SOURCE_BYTES = 60_000;
const DEFAULT_PASS = 70;
const DEFAULT_FINAL_PASS = 80;
const MAX_OPTIONS = 8;

const MODULE = /^#\s+Module:\s*(.+)$/i;
const FINAL = /^#\s+Final assessment\s*(?:\(pass\s+(\d{1,3})\s*%\))?\s*$/i;
const LESSON = /^##\s+Lesson:\s*(.+)$/i;
const QUIZ = /^##\s+Quiz\s*(?:\(pass\s+(\d{1,3})\s*%\))?\s*$/i;
const QUESTION = /^###\s+Question\s*(\(several\))?\s*:\s*(.+)$/i;
const OPTION = /^-\s+\[( |x|X)\]\s+([^|]+?)\s*(?:\|\s*(.*))?$/;
const ATTACHMENT = /^Attachment:\s*(\d{1,9})\s*$/i;
const LIBRARY_IMAGE = /\]\(library:(\d{1,9})\)/g;
/** Structure headings: a lesson's own Markdown may use `###` and deeper. */
const STRUCTURE = /^#{1,2}\s/;
const HEADING = /^#{1,6}\s/;

const hash = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 12);

interface QuestionDraft {
  line: number;
  text: string;
  multiple: boolean;
  options: { text: string; correct: boolean; feedback: string }[];
}
interface QuizDraft {
  line: number;
  passMark: number;
  questions: QuestionDraft[];
}
interface LessonDraft {
  line: number;
  title: string;
  body: string[];
  attachments: number[];
}
interface ModuleDraft {
  line: number;
  title: string;
  lessons: LessonDraft[];
  quiz: QuizDraft | null;
}

/**
 * Reads a course source. `fileBase` is where the course serves its library files
 * (`/training/courses/7/files`): `![…](library:12)` becomes an image from there, so a lesson's
 * pictures show to every learner (PIU analysts have no library) and through the visibility
 * policy.
 */
export function parseCourseSource(source: string, fileBase: string): ParsedCourse {
  const errors: SourceError[] = [];
  if (Buffer.byteLength(source, 'utf8') > MAX_SOURCE_BYTES)
    return {
      ok: false,
      errors: [{ line: 1, key: 'training.source.tooLong', params: { max: MAX_SOURCE_BYTES } }],
    };
  const modules: ModuleDraft[] = [];
  let final: QuizDraft | null = null;
  let lesson: LessonDraft | null = null;
  let quiz: QuizDraft | null = null;
  let question: QuestionDraft | null = null;
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const passOf = (text: string | undefined, fallback: number, line: number) => {
    if (text === undefined) return fallback;
    const mark = Number(text);
    if (mark < 1 || mark > 100) errors.push({ line, key: 'training.source.passMark' });
    return mark;
  };
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    const text = raw.trimEnd();
    let match: RegExpExecArray | null;
    if ((match = MODULE.exec(text))) {
      if (final) errors.push({ line, key: 'training.source.moduleAfterFinal' });
      modules.push({ line, title: match[1].trim(), lessons: [], quiz: null });
      lesson = quiz = question = null;
    } else if ((match = FINAL.exec(text))) {
      if (final) errors.push({ line, key: 'training.source.twoFinals' });
      final = { line, passMark: passOf(match[1], DEFAULT_FINAL_PASS, line), questions: [] };
      quiz = final;
      lesson = question = null;
    } else if ((match = LESSON.exec(text))) {
      const module = modules[modules.length - 1];
      if (!module || final)
        errors.push({
          line,
          key: 'training.source.lessonOutside',
          params: { module: MODULE_LINE },
        });
      else if (module.quiz) errors.push({ line, key: 'training.source.lessonAfterQuiz' });
      else {
        lesson = { line, title: match[1].trim(), body: [], attachments: [] };
        module.lessons.push(lesson);
      }
      quiz = question = null;
    } else if ((match = QUIZ.exec(text))) {
      const module = modules[modules.length - 1];
      if (!module || final) errors.push({ line, key: 'training.source.quizOutside' });
      else if (module.quiz) errors.push({ line, key: 'training.source.twoQuizzes' });
      else {
        module.quiz = { line, passMark: passOf(match[1], DEFAULT_PASS, line), questions: [] };
        quiz = module.quiz;
      }
      lesson = question = null;
    } else if ((match = QUESTION.exec(text))) {
      if (!quiz) errors.push({ line, key: 'training.source.questionOutside' });
      else {
        question = { line, text: match[2].trim(), multiple: Boolean(match[1]), options: [] };
        quiz.questions.push(question);
      }
    } else if (question && (match = OPTION.exec(text))) {
      question.options.push({
        text: match[2].trim(),
        correct: match[1] !== ' ',
        feedback: (match[3] ?? '').trim(),
      });
    } else if (lesson && (match = ATTACHMENT.exec(text))) {
      lesson.attachments.push(Number(match[1]));
    } else if (lesson && !STRUCTURE.test(text)) {
      lesson.body.push(raw);
    } else if (text.trim() !== '') {
      errors.push({
        line,
        key: HEADING.test(text) ? 'training.source.unknownHeading' : 'training.source.strayText',
      });
    }
  }

  for (const module of modules) {
    if (module.lessons.length === 0)
      errors.push({
        line: module.line,
        key: 'training.source.noLessons',
        params: { module: module.title },
      });
    if (!module.quiz)
      errors.push({
        line: module.line,
        key: 'training.source.noQuiz',
        params: { module: module.title },
      });
    for (const item of module.lessons)
      if (item.body.join('\n').trim() === '')
        errors.push({
          line: item.line,
          key: 'training.source.emptyLesson',
          params: { lesson: item.title },
        });
  }
  if (modules.length === 0) errors.push({ line: 1, key: 'training.source.noModules' });
  if (!final) errors.push({ line: lines.length, key: 'training.source.noFinal' });
  const quizzes: QuizDraft[] = [
    ...modules.flatMap((m) => (m.quiz ? [m.quiz] : [])),
    ...(final ? [final] : []),
  ];
  for (const draft of quizzes) checkQuiz(draft, errors);
  if (errors.length > 0 || !final)
    return { ok: false, errors: errors.sort((a, b) => a.line - b.line) };

  const files = new Set<number>();
  const built: CourseModule[] = modules.map((module) => ({
    title: module.title,
    lessons: module.lessons.map((draft) => {
      const markdown = draft.body
        .join('\n')
        .trim()
        .replace(LIBRARY_IMAGE, (_all, id: string) => {
          files.add(Number(id));
          return `](${fileBase}/${Number(id)})`;
        });
      draft.attachments.forEach((id) => files.add(id));
      return {
        key: hash('lesson', module.title, draft.title, markdown, draft.attachments.join(',')),
        title: draft.title,
        markdown,
        attachments: [...new Set(draft.attachments)],
      };
    }),
    quiz: buildQuiz(module.quiz!, `module:${module.title}`),
  }));
  return {
    ok: true,
    content: {
      modules: built,
      final: buildQuiz(final, 'final'),
      files: [...files].sort((a, b) => a - b),
    },
  };
}

function checkQuiz(quiz: QuizDraft, errors: SourceError[]): void {
  if (quiz.questions.length === 0)
    errors.push({ line: quiz.line, key: 'training.source.noQuestions' });
  const seen = new Set<string>();
  for (const question of quiz.questions) {
    const correct = question.options.filter((option) => option.correct).length;
    if (question.options.length < 2 || question.options.length > MAX_OPTIONS)
      errors.push({
        line: question.line,
        key: 'training.source.optionCount',
        params: { max: MAX_OPTIONS },
      });
    else if (!question.multiple && correct !== 1)
      errors.push({ line: question.line, key: 'training.source.oneCorrect' });
    else if (question.multiple && correct === 0)
      errors.push({ line: question.line, key: 'training.source.someCorrect' });
    if (seen.has(question.text))
      errors.push({ line: question.line, key: 'training.source.repeatedQuestion' });
    seen.add(question.text);
    const texts = new Set(question.options.map((option) => option.text));
    if (texts.size !== question.options.length)
      errors.push({ line: question.line, key: 'training.source.repeatedOption' });
  }
}

function buildQuiz(draft: QuizDraft, scope: string): CourseQuiz {
  const questions = draft.questions.map((question) => {
    const id = `q${hash(scope, question.text)}`;
    return {
      id,
      text: question.text,
      multiple: question.multiple,
      options: question.options.map((option, index) => ({
        id: `o${hash(id, String(index), option.text)}`,
        ...option,
      })),
    };
  });
  return {
    key: hash('quiz', scope, String(draft.passMark), JSON.stringify(questions)),
    passMark: draft.passMark,
    questions,
  };
}
