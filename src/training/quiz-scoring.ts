import type { CourseContent, CourseQuiz } from './course-source';

/** The options a learner chose, per question id. */
export type QuizAnswers = Readonly<Record<string, readonly string[]>>;

/** One question as marked: right or not, and the feedback of each option chosen. */
export interface MarkedQuestion {
  readonly questionId: string;
  readonly right: boolean;
  readonly chosen: readonly string[];
}

export interface QuizResult {
  readonly correct: number;
  readonly total: number;
  readonly percent: number;
  readonly passed: boolean;
  readonly questions: readonly MarkedQuestion[];
}

/** Why a submitted form is refused before it is marked: per question id, a catalogue key. */
export type AnswerRefusals = Record<string, string>;

/** The form field of a question: `q_<question id>`. */
export const answerField = (questionId: string) => `q_${questionId}`;

/**
 * Reads a quiz form into answers, on the server and against the version the learner is on: a
 * question left out, two answers to a single-choice question, or an option that is not one of
 * the question's (a tampered form) is refused, question by question, and nothing is marked.
 */
export function readAnswers(
  quiz: CourseQuiz,
  body: Readonly<Record<string, unknown>>,
): { ok: true; answers: QuizAnswers } | { ok: false; refusals: AnswerRefusals } {
  const answers: Record<string, string[]> = {};
  const refusals: AnswerRefusals = {};
  for (const question of quiz.questions) {
    const raw = body[answerField(question.id)];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter(
      (value): value is string => typeof value === 'string' && value !== '',
    );
    const chosen = [...new Set(values)];
    const known = new Set(question.options.map((option) => option.id));
    if (chosen.length === 0) refusals[question.id] = 'training.quiz.unanswered';
    else if (chosen.length !== values.length || chosen.some((id) => !known.has(id)))
      refusals[question.id] = 'training.quiz.notAnOption';
    else if (!question.multiple && chosen.length > 1)
      refusals[question.id] = 'training.quiz.oneAnswer';
    else answers[question.id] = chosen;
  }
  return Object.keys(refusals).length > 0 ? { ok: false, refusals } : { ok: true, answers };
}

/** Marks answers already read: a question is right when exactly its right options are chosen. */
export function markQuiz(quiz: CourseQuiz, answers: QuizAnswers): QuizResult {
  const questions = quiz.questions.map((question) => {
    const chosen = new Set(answers[question.id] ?? []);
    const right =
      question.options.every((option) => option.correct === chosen.has(option.id)) &&
      chosen.size > 0;
    return { questionId: question.id, right, chosen: [...chosen] };
  });
  const correct = questions.filter((question) => question.right).length;
  const total = questions.length;
  const percent = total === 0 ? 0 : Math.floor((correct * 100) / total);
  return { correct, total, percent, passed: percent >= quiz.passMark, questions };
}

/** The quiz of a key in a course version: a module's (its 1-based number) or `final`. */
export function quizOf(
  content: CourseContent,
  which: string,
): { quiz: CourseQuiz; moduleIndex: number | null } | null {
  if (which === 'final') return { quiz: content.final, moduleIndex: null };
  if (!/^\d{1,3}$/.test(which)) return null;
  const index = Number(which) - 1;
  const module = content.modules[index];
  return module ? { quiz: module.quiz, moduleIndex: index } : null;
}
