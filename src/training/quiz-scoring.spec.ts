import { parseCourseSource, type CourseQuiz } from './course-source';
import { SMALL_COURSE } from '../../test/support/training-fixture';
import { answerField, markQuiz, quizOf, readAnswers } from './quiz-scoring';

function course() {
  const parsed = parseCourseSource(SMALL_COURSE, '/f');
  if (!parsed.ok) throw new Error('does not parse');
  return parsed.content;
}

/** A form with the right (or the first wrong) options of each question. */
function form(quiz: CourseQuiz, right: boolean[]): Record<string, string | string[]> {
  return Object.fromEntries(
    quiz.questions.map((question, index) => [
      answerField(question.id),
      question.options
        .filter((option) => option.correct === right[index])
        .map((option) => option.id),
    ]),
  );
}

describe('quiz scoring', () => {
  const content = course();
  const quiz = content.modules[0].quiz;

  it('marks a question right only with exactly its right options', () => {
    const read = readAnswers(quiz, form(quiz, [true, true]));
    if (!read.ok) throw new Error('refused');
    expect(markQuiz(quiz, read.answers)).toMatchObject({
      correct: 2,
      total: 2,
      percent: 100,
      passed: true,
    });
    const partly = readAnswers(quiz, {
      ...form(quiz, [true, true]),
      [answerField(quiz.questions[1].id)]: [quiz.questions[1].options[0].id],
    });
    if (!partly.ok) throw new Error('refused');
    expect(markQuiz(quiz, partly.answers)).toMatchObject({ correct: 1, percent: 50, passed: true });
  });

  it('fails under the pass mark', () => {
    const read = readAnswers(quiz, form(quiz, [false, false]));
    if (!read.ok) throw new Error('refused');
    expect(markQuiz(quiz, read.answers)).toMatchObject({ correct: 0, percent: 0, passed: false });
  });

  it('refuses a skipped question, a foreign option and two answers to one', () => {
    const other = content.modules[1].quiz.questions[0].options[0].id;
    const [first, second] = quiz.questions;
    const read = readAnswers(quiz, { [answerField(first.id)]: other });
    expect(read).toEqual({
      ok: false,
      refusals: {
        [first.id]: 'training.quiz.notAnOption',
        [second.id]: 'training.quiz.unanswered',
      },
    });
    const two = readAnswers(quiz, {
      [answerField(first.id)]: first.options.map((option) => option.id),
      [answerField(second.id)]: second.options[0].id,
    });
    expect(two).toEqual({ ok: false, refusals: { [first.id]: 'training.quiz.oneAnswer' } });
    const repeated = readAnswers(quiz, {
      [answerField(first.id)]: first.options[1].id,
      [answerField(second.id)]: [second.options[0].id, second.options[0].id],
    });
    expect(repeated).toEqual({ ok: false, refusals: { [second.id]: 'training.quiz.notAnOption' } });
  });

  it('finds a module quiz by number and the final one by name', () => {
    expect(quizOf(content, '2')?.moduleIndex).toBe(1);
    expect(quizOf(content, 'final')?.moduleIndex).toBeNull();
    expect(quizOf(content, '3')).toBeNull();
    expect(quizOf(content, '1; drop')).toBeNull();
  });
});
