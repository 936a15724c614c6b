import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { OneTimeTokensService } from '../src/auth/tokens/one-time-tokens.service';
import { en } from '../src/catalogues/en.catalogue';
import { translate } from '../src/common/i18n/translator';
import { IwgRegion } from '../src/organisations/iwg-region.entity';
import { Organisation } from '../src/organisations/organisation.entity';
import { Pillar } from '../src/organisations/pillar.entity';
import { ROLES, type Role } from '../src/common/identity/role';
import { In } from 'typeorm';
import { actorFor } from '../src/common/actor/actor';
import { ConversationsService } from '../src/conversations/conversations.service';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPost } from '../src/iwg/forum/forum-post.entity';
import { ForumPostingService } from '../src/iwg/forum/forum-posting.service';
import { User } from '../src/users/user.entity';
import { UsersService } from '../src/users/users.service';
import { createUser, STRONG_PASSWORD } from './support/factories';
import { agentFor, postForm, signIn, type Agent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { listRoutes } from './support/routes';
import { screened } from './support/screening-fixture';
import { startTestApp, type TestApp } from './support/test-app';
import { visibleText } from './support/visible-text';
import { NotificationsService } from '../src/notifications/notifications.service';
import { Notification } from '../src/notifications/notification.entity';
import { TYPE_NAMES, type NotificationEvent } from '../src/notifications/notification-types';
import { signUnsubscribe } from '../src/notifications/unsubscribe-token';
import { pdfOf } from '../src/library/files/zip-writer';
import { ActionItemsService } from '../src/iwg/meetings/action-items.service';
import { MeetingsService } from '../src/iwg/meetings/meetings.service';
import { instantToLocal } from '../src/iwg/meetings/zoned-time';
import { LibraryImport } from '../src/library/library-import';
import { WatchlistLoaderService } from '../src/piu/watchlists/watchlist-loader.service';
import { WatchlistsService } from '../src/piu/watchlists/watchlists.service';
import type { WatchlistEntry } from '../src/screening/watchlists/watchlist-entry';
import { paxlst, syntheticTravellers } from '../src/demo/synthetic-messages';
import { Carrier } from '../src/piu/ingestion/carrier.entity';
import { CarrierKey } from '../src/piu/ingestion/carrier-key.entity';
import { IngestionService } from '../src/piu/ingestion/ingestion.service';
import { criteriaHash } from '../src/piu/rules/criteria-hash';
import { fromCriteria } from '../src/piu/rules/rule-form';
import { RulesService } from '../src/piu/rules/rules.service';
import { ScreeningRuleTrial } from '../src/piu/rules/screening-rule-trial.entity';
import { ScreeningHit } from '../src/piu/pipeline/screening-hit.entity';
import { WatchlistIndexService } from '../src/piu/watchlists/watchlist-index.service';
import { HitWorkflowService } from '../src/piu/hits/hit-workflow.service';
import { ProgrammeStatusService } from '../src/member-states/record/programme-status.service';
import { StateRecordService } from '../src/member-states/record/state-record.service';
import { AssessmentAnswer } from '../src/programme/assessments/assessment-answer.entity';
import { AssessmentsService } from '../src/programme/assessments/assessments.service';
import { AssessmentIndicator } from '../src/programme/assessments/indicator.entity';
import { RoadmapEditing } from '../src/programme/roadmaps/roadmap-editing.service';
import { RoadmapLinks } from '../src/programme/roadmaps/roadmap-links.service';
import { seedExpertsFixture, type ExpertsFixture } from './support/experts-fixture';
import { COURSE_SYNTAX, parseCourseSource } from '../src/training/course-source';
import { answerField } from '../src/training/quiz-scoring';
import { TrainingAuthoringService } from '../src/training/training-authoring.service';
import { TrainingCertificate } from '../src/training/training-certificate.entity';
import { TrainingEnrolmentService } from '../src/training/training-enrolment.service';
import { TrainingLearningService } from '../src/training/training-learning.service';
import { documentsFixture } from './support/documents-fixture';

/**
 * Every page, rendered in the pseudo-locale for every kind of visitor, shows no text that did
 * not come through the catalogue: the proof that a new language is only a catalogue. In en-XA
 * every catalogue letter is accented (⟦Šíĝñ íñ⟧), so any plain ASCII letter left on a page was
 * written into a template or a service by hand, or translated in the wrong locale, unless it
 * is one of the data below.
 */

/** Marks the data this suite creates (names), so it is told apart from text. */
const MARKER = 'Xqzdata';

/**
 * Text that is not the catalogue's and rightly stays as it is. Keep this list short and say why.
 */
const ALLOWED_WORDS = [
  // Correlation ids, and links shown once.
  /\b[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}\b/gi,
  /\bhttps?:\/\/\S+/g,
  // Time zone ids on the profile page and after dates are IANA identifiers, not words.
  /\b[A-Z][A-Za-z_-]*(?:\/[A-Za-z0-9_+-]+)+/g,
  /\b(?:UTC|GMT)\b/g,
  // SHA-256 of a watchlist file, shown in a version's report to compare with the source's.
  /\b[\da-f]{64}\b/g,
  // E-mail addresses (the users', the invitations').
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // The same names cut by search highlighting (<mark>Xqzdata</mark>-<mark>official</mark>,
  // <mark>Xqzdata</mark>-summary texte): what follows the marked part starts with its hyphen.
  /^-?(?:admin|staff|partner|focal|point|official|expert|piu|analyst|target|pending|outdated)$/g,
  /^-[\p{Ll} -]+$/gu,
  // The data this suite made (file names with their extension).
  new RegExp(`${MARKER}[\\w-]*(?:\\.[a-z]+)?`, 'g'),
  // A document template's variable names (lower case by rule), shown as the identifiers they are.
  new RegExp(`${MARKER.toLowerCase()}\\w*`, 'g'),
  // An audit event's stored details, shown as recorded (JSON) beside its sentence; the carrier
  // API's example answers on its documentation page, JSON too.
  /^\{".*\}$/g,
  // A raw EDIFACT message, shown as received on its page (passenger data, not text).
  /^UN[ABH][^]*$/g,
  // The carrier API's literal strings on its documentation page: header names, media types.
  /\bX-API-Key\b|\bAuthorization: Bearer\b/g,
  /^(?:application|text)\/[\w.+-]+$/g,
  // A rule trial's examples: a traveller's initials (never the name) and the flight's date.
  /(?:\b\p{Lu}\.)+/gu,
  /\b\d{4}-\d{2}-\d{2}\b/g,
  // A carrier key's visible prefix (random characters), shown to tell keys apart.
  /\bcttp_[\w-]{6}…/g,
];

/** Codes, removed after the reference data (whose names they would cut into). */
const ALLOWED_CODES = [
  // The course source's structure lines in the authoring page's help: the format's keywords,
  // shown literally (COURSE_SYNTAX), the same in every locale.
  ...COURSE_SYNTAX.map(
    (syntax) => new RegExp(syntax.line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g'),
  ),
  // Audit action codes and targets (`user.role-changed`, `user:10`), shown in <code> beside
  // their sentence as the identifiers to search the log by.
  /^[a-z]+(?:[.-][a-z]+)*\.[a-z]+(?:-[a-z]+)*$/g,
  /^[a-z-]+:\d+$/g,
  // A State's events are filed under its code (`member-state:KEN`).
  /^[a-z-]+:[A-Z]{3}$/g,
  // A course's source in its form: the structure lines are the source language's keywords
  // (like Markdown's), the same in every locale.
  /#{1,3} (?:Module:|Lesson:|Quiz\b|Question(?: \(several\))?:|Final assessment\b)/g,
  /- \[[ xX]\]/g,
  // Stable codes of parse diagnostics and API refusals (`not-edifact`, `part-conflict`), in
  // <code> as the identifiers carriers and analysts act on.
  /^[a-z]+(?:-[a-z]+)+$/g,
  // ISO 3166 State codes (KEN), organisation codes (UNOCT), the base32 key of an authenticator
  // and recovery codes: upper case; language codes (sw, pt): two lower-case letters alone.
  /\b[A-Z0-9]{2,}(?:-[A-Z0-9]+)*\b/g,
  /^[a-z]{2}(?:, [a-z]{2})*$/g,
  // Language codes a person typed, quoted back in a message ("not ISO 639-1 codes: zz, qq").
  /\b[a-z]{2}(?:, [a-z]{2})+\b/g,
];

/** Never rendered as a page: JSON and CSV downloads (their texts are not for reading on screen). */
const NOT_PAGES = new Set([
  'GET /health',
  'GET /admin/audit.csv',
  'GET /experts/hours.csv',
  // A script.
  'GET /assets/js/socket.io.min.js',
  // Library files: the documents themselves.
  'GET /library/:id/download',
  'GET /library/:id/preview',
  'GET /library/:id/versions/:number/download',
  'GET /library/:id/versions/:number/preview',
  'GET /iwg/:iwgId/unread.json',
  'GET /iwg/:iwgId/members.json',
  'GET /iwg/:iwgId/attachables.json',
  // A calendar file.
  'GET /iwg/:iwgId/meetings/:meetingId.ics',
  'GET /conversations/people.json',
  // The programme's exports and reports for donors (their page, /programme, is checked).
  'GET /programme/overview.pdf',
  'GET /programme/exports/states.csv',
  'GET /programme/exports/steps.csv',
  'GET /programme/states/:code/report.pdf',
  // A State's document as PDF, Word or HTML: the documents themselves.
  'GET /states/:code/documents/:id/download/:format',
  // The carrier API's OpenAPI document (its page, /api/docs, is checked).
  'GET /api/docs.json',
  // Training: the certificate (a PDF), a lesson's library file, the progress CSV.
  'GET /training/courses/:courseId/certificate.pdf',
  'GET /training/courses/:courseId/files/:resourceId',
  'GET /training/manage/:courseId/progress.csv',
]);

/** Visited, but never a page of their own: a redirect for the owner, the 404 page for others. */
const REDIRECTS = new Set(['GET /notifications/:id/open', 'GET /admin/member-states/:code']);

type Visitor = Role | 'anonymous' | 'pending-two-factor' | 'terms-outdated';

interface Context {
  userId: number;
  invitationId: number;
  invitationToken: string;
  resetToken: string;
  setupToken: string;
  unsubscribeToken: string;
  notificationId: number;
  resourceId: number;
  translationId: number;
  iwgId: number;
  categoryId: number;
  threadId: number;
  postId: number;
  meetingId: number;
  actionId: number;
  conversationId: number;
  messageId: number;
  listId: number;
  firstVersionId: number;
  versionId: number;
  carrierId: number;
  /** Screening messages of KEN: parsed, failed, incomplete multi-part. */
  screeningMessageIds: number[];
  ruleId: number;
  /** A screened flight of KEN with a traveller on the list, and that traveller's hit. */
  flightId: number;
  hitId: number;
  /** Hits of KEN: a list hit nobody has taken, a rule hit a colleague proposed to confirm. */
  hitIds: number[];
  /** Assessments of KEN: a finalised one, then a draft compared with it; an indicator of both. */
  finalisedAssessmentId: number;
  assessmentId: number;
  indicatorId: number;
  /** A blocked step of KEN's roadmap, with its history and a link. */
  roadmapStepId: number;
  /** The Pool of Experts: the expert visitor engaged with KEN today, and a closed engagement. */
  experts: ExpertsFixture;
  /** A published course the PIU analyst completed, a lesson, an attempt, the certificate. */
  courseId: number;
  lessonKey: string;
  attemptIds: number[];
  certificateCode: string;
  /** A document template with two versions, and a KEN document of its first in review. */
  templateId: number;
  documentId: number;
}

const UNKNOWN_TOKEN = 'x'.repeat(43);

/** A concrete path for each GET route; parameterised routes get real rows, then unknown ones. */
const PATHS: Record<string, (c: Context) => string[]> = {
  'GET /sops/templates/:id': (c) => [`/sops/templates/${c.templateId}`, '/sops/templates/999999'],
  'GET /sops/templates/:id/edit': (c) => [`/sops/templates/${c.templateId}/edit`],
  'GET /sops/templates/:id/versions/:number': (c) => [`/sops/templates/${c.templateId}/versions/1`],
  'GET /sops/templates/:id/diff': (c) => [`/sops/templates/${c.templateId}/diff?from=1&to=2`],
  'GET /states/:code/documents': () => ['/states/KEN/documents', '/states/FRA/documents'],
  'GET /states/:code/documents/:id': (c) => [`/states/KEN/documents/${c.documentId}`],
  'GET /states/:code/documents/:id/fill': (c) => [`/states/KEN/documents/${c.documentId}/fill`],
  'GET /states/:code/documents/:id/upstream': (c) => [
    `/states/KEN/documents/${c.documentId}/upstream`,
  ],
  'GET /states/:code': () => ['/states/KEN', '/states/FRA'],
  'GET /states/:code/record': () => ['/states/KEN/record'],
  'GET /programme/assessments/:id': (c) => [
    `/programme/assessments/${c.assessmentId}`,
    `/programme/assessments/${c.finalisedAssessmentId}`,
    '/programme/assessments/999999',
  ],
  'GET /programme/assessments/:id/compare': (c) => [
    `/programme/assessments/${c.assessmentId}/compare`,
    `/programme/assessments/${c.finalisedAssessmentId}/compare`,
  ],
  'GET /programme/assessments/:id/indicators/:indicatorId': (c) => [
    `/programme/assessments/${c.assessmentId}/indicators/${c.indicatorId}`,
  ],
  'GET /programme/indicators/:id': (c) => [`/programme/indicators/${c.indicatorId}`],
  'GET /states/:code/roadmap': () => ['/states/KEN/roadmap', '/states/FRA/roadmap'],
  'GET /states/:code/roadmap/steps/new': () => ['/states/KEN/roadmap/steps/new'],
  'GET /states/:code/roadmap/steps/:stepId': (c) => [
    `/states/KEN/roadmap/steps/${c.roadmapStepId}`,
    '/states/KEN/roadmap/steps/999999',
  ],
  'GET /states/:code/roadmap/steps/:stepId/edit': (c) => [
    `/states/KEN/roadmap/steps/${c.roadmapStepId}/edit`,
  ],
  'GET /invitations/:id': (c) => [`/invitations/${c.invitationId}`, '/invitations/999999'],
  'GET /invitations/accept/:token': (c) => [
    `/invitations/accept/${c.invitationToken}`,
    `/invitations/accept/${UNKNOWN_TOKEN}`,
  ],
  'GET /password/reset/:token': (c) => [
    `/password/reset/${c.resetToken}`,
    `/password/reset/${UNKNOWN_TOKEN}`,
  ],
  'GET /setup/:token': (c) => [`/setup/${c.setupToken}`, `/setup/${UNKNOWN_TOKEN}`],
  'GET /admin/users/:id': (c) => [`/admin/users/${c.userId}`, '/admin/users/999999'],
  'GET /notifications/unsubscribe/:token': (c) => [
    `/notifications/unsubscribe/${c.unsubscribeToken}`,
    '/notifications/unsubscribe/1.mention.forged',
  ],
  'GET /notifications/:id/open': (c) => [`/notifications/${c.notificationId}/open`],
  // Search: the start, hits (the visitors' own names), no hits, nothing to search, an empty tab.
  'GET /search': () => [
    '/search',
    `/search?q=${MARKER}-official`,
    `/search?q=${MARKER}-nothing`,
    '/search?q=%21%21',
    `/search?q=${MARKER}&kind=resource&language=fr`,
  ],
  'GET /library/:id': (c) => [
    `/library/${c.resourceId}`,
    `/library/${c.translationId}`,
    '/library/999999',
  ],
  'GET /library/:id/edit': (c) => [`/library/${c.resourceId}/edit`],
  'GET /library/:id/versions/new': (c) => [`/library/${c.resourceId}/versions/new`],
  'GET /iwg/:iwgId': (c) => [`/iwg/${c.iwgId}`, '/iwg/999999'],
  'GET /iwg/:iwgId/manage': (c) => [`/iwg/${c.iwgId}/manage`],
  'GET /iwg/:iwgId/categories/:categoryId': (c) => [`/iwg/${c.iwgId}/categories/${c.categoryId}`],
  'GET /iwg/:iwgId/threads/new': (c) => [`/iwg/${c.iwgId}/threads/new`],
  'GET /iwg/:iwgId/threads/:threadId': (c) => [`/iwg/${c.iwgId}/threads/${c.threadId}?page=1`],
  'GET /iwg/:iwgId/posts/:postId/edit': (c) => [`/iwg/${c.iwgId}/posts/${c.postId}/edit`],
  'GET /iwg/:iwgId/posts/:postId/history': (c) => [`/iwg/${c.iwgId}/posts/${c.postId}/history`],
  'GET /iwg/:iwgId/posts/:postId/hide': (c) => [`/iwg/${c.iwgId}/posts/${c.postId}/hide`],
  'GET /iwg/:iwgId/meetings': (c) => [`/iwg/${c.iwgId}/meetings`],
  'GET /iwg/:iwgId/meetings/new': (c) => [`/iwg/${c.iwgId}/meetings/new`],
  'GET /iwg/:iwgId/meetings/:meetingId': (c) => [
    `/iwg/${c.iwgId}/meetings/${c.meetingId}`,
    `/iwg/${c.iwgId}/meetings/999999`,
  ],
  'GET /iwg/:iwgId/meetings/:meetingId/edit': (c) => [
    `/iwg/${c.iwgId}/meetings/${c.meetingId}/edit`,
  ],
  'GET /iwg/:iwgId/meetings/:meetingId/actions/:actionId/edit': (c) => [
    `/iwg/${c.iwgId}/meetings/${c.meetingId}/actions/${c.actionId}/edit`,
  ],
  'GET /conversations/:id': (c) => [
    `/conversations/${c.conversationId}?page=1`,
    '/conversations/999999',
  ],
  'GET /screening/carriers/:id': (c) => [`/screening/carriers/${c.carrierId}`],
  'GET /screening/messages/:id': (c) => [
    ...c.screeningMessageIds.map((id) => `/screening/messages/${id}`),
    '/screening/messages/999999',
  ],
  'GET /screening/messages': () => ['/screening/messages', '/screening/messages?status=lost'],
  // The vetting list: as it opens, everything, a wrong filter; its rows for the live script.
  'GET /screening': () => ['/screening', '/screening?status=lost'],
  'GET /screening/vetting/rows': (c) => [
    `/screening/vetting/rows?ids=${c.hitId}&status=all`,
    '/screening/vetting/rows',
  ],
  // Flights: upcoming (none: the test's flights left in 2026), the test's day, a wrong day.
  'GET /screening/flights': () => [
    '/screening/flights',
    '/screening/flights?on=2026-03-01',
    '/screening/flights?on=2026-02-31x',
  ],
  'GET /screening/flights/:id': (c) => [
    `/screening/flights/${c.flightId}`,
    `/screening/flights/${c.flightId}?travellers=with-hits`,
    '/screening/flights/999999',
  ],
  'GET /screening/rules/:id': (c) => [`/screening/rules/${c.ruleId}`, '/screening/rules/999999'],
  // The name search: the form, a name found (a traveller of the suite's flight), none found, and
  // a refused search.
  'GET /screening/travellers': () => [
    '/screening/travellers',
    `/screening/travellers?name=${MARKER}&from=2026-03-01&to=2026-03-01`,
    '/screening/travellers?name=Nobody+Known&from=2026-03-01&to=2026-03-01',
    '/screening/travellers?name=x&from=2026-03-01&to=2026-03-20',
  ],
  'GET /screening/rules/:id/edit': (c) => [`/screening/rules/${c.ruleId}/edit`],
  'GET /screening/rules/:id/switch-on': (c) => [`/screening/rules/${c.ruleId}/switch-on`],
  'GET /screening/hits/:id': (c) => [
    ...c.hitIds.map((id) => `/screening/hits/${id}`),
    '/screening/hits/999999',
  ],
  'GET /conversations/:id/messages/:messageId/edit': (c) => [
    `/conversations/${c.conversationId}/messages/${c.messageId}/edit`,
  ],
  'GET /training/courses/:courseId': (c) => [
    `/training/courses/${c.courseId}`,
    '/training/courses/999999',
  ],
  'GET /training/courses/:courseId/lessons/:lessonKey': (c) => [
    `/training/courses/${c.courseId}/lessons/${c.lessonKey}`,
  ],
  'GET /training/courses/:courseId/quizzes/:quiz': (c) => [
    `/training/courses/${c.courseId}/quizzes/1`,
    `/training/courses/${c.courseId}/quizzes/final`,
  ],
  'GET /training/courses/:courseId/attempts/:attemptId': (c) =>
    c.attemptIds.map((id) => `/training/courses/${c.courseId}/attempts/${id}`),
  'GET /training/manage/:courseId': (c) => [`/training/manage/${c.courseId}`],
  'GET /training/manage/:courseId/progress': (c) => [
    `/training/manage/${c.courseId}/progress`,
    `/training/manage/${c.courseId}/progress?state=KEN`,
  ],
  'GET /training/verify': (c) => ['/training/verify', `/training/verify?code=${c.certificateCode}`],
  'GET /training/verify/:code': (c) => [
    `/training/verify/${c.certificateCode}`,
    '/training/verify/AAAAA-BBBBB-CCCCC-DDDDD',
  ],
  'GET /screening/lists/:id': (c) => [`/screening/lists/${c.listId}`, '/screening/lists/999999'],
  'GET /experts': () => ['/experts', '/experts?status=active'],
  'GET /experts/pool/:id': (c) => [`/experts/pool/${c.experts.expertId}`, '/experts/pool/999999'],
  'GET /experts/requests/:id': (c) => [
    `/experts/requests/${c.experts.requestId}`,
    `/experts/requests/${c.experts.requestId}?expert=${c.experts.expertId}`,
  ],
  'GET /experts/engagements/:id': (c) => [
    `/experts/engagements/${c.experts.engagementId}`,
    `/experts/engagements/${c.experts.closedEngagementId}`,
  ],
  'GET /screening/lists/:id/versions/:versionId': (c) => [
    `/screening/lists/${c.listId}/versions/${c.versionId}`,
    `/screening/lists/${c.listId}/versions/${c.versionId}?change=changed`,
    `/screening/lists/${c.listId}/versions/${c.versionId}?show=skipped`,
    `/screening/lists/${c.listId}/versions/${c.firstVersionId}`,
    `/screening/lists/${c.listId}/versions/999999`,
  ],
};

/** A message's literal text as a pattern: each argument (plural ones whole) matches anything. */
function patternOf(message: string): RegExp {
  const parts: string[] = [''];
  let depth = 0;
  for (const char of message) {
    if (char === '{' && depth++ === 0) parts.push('');
    else if (char === '}' && --depth === 0) parts.push('');
    else if (depth === 0) parts[parts.length - 1] += char;
  }
  const literal = parts.map((part) => part.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&'));
  return new RegExp(`^${literal.join('.+')}$`.replace(/(\.\+)+/g, '.+'));
}

/** English catalogue messages as patterns, to say which key a stray English text came from. */
const ENGLISH = Object.entries(en.messages)
  .map(([key, message]) => ({ key, pattern: patternOf(message) }))
  // A message that is all arguments (a whole plural) says nothing about where a text came from.
  .filter(({ pattern }) => /[A-Za-z]{2}/.test(pattern.source));

/** The catalogue keys whose English a text (or a part of it between pseudo-localised ones) is. */
function englishKeysOf(text: string): string[] {
  const parts = [text, ...text.split(/⟦[^⟦⟧]*⟧|\s·\s/)].map((part) => part.trim());
  for (const part of parts.filter(Boolean)) {
    const keys = ENGLISH.filter(({ pattern }) => pattern.test(part)).map(({ key }) => key);
    if (keys.length) return keys;
  }
  return [];
}

/** Where the code names a key (file:line), so the report points at the line to change. */
function sourcesOf(key: string): string[] {
  const root = join(__dirname, '..', 'src');
  const hits: string[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/(?<!\.spec|\.messages|\.catalogue)\.ts$/.test(entry.name))
        readFileSync(path, 'utf8')
          .split('\n')
          .forEach((line, index) => {
            const named = line.includes(`'${key}'`) || line.includes(`\`${key.split('.')[0]}.\${`);
            // A message reference (`key: 'a.b'`) is the right way: not a culprit.
            if (named && /translate\(|pageTitle|label/.test(line) && !/key: '/.test(line))
              hits.push(`${relative(join(root, '..'), path)}:${index + 1}`);
          });
    }
  };
  walk(root);
  return hits;
}

describe('the pseudo-locale (en-XA) on every page', () => {
  let t: TestApp;
  let referenceData: string[] = [];
  const context = {} as Context;
  const agents = new Map<Visitor, Agent>();
  /** Untranslated text → where it was seen. */
  const found = new Map<string, Set<string>>();
  /** The GET routes that rendered an HTML page (status 200) for at least one visitor. */
  const rendered = new Set<string>();

  function pseudoAgent(): Agent {
    const agent = agentFor(t.server);
    agent.set('Accept-Language', 'en-XA');
    return agent;
  }

  function check(where: string, html: string): void {
    for (const text of visibleText(html)) {
      let rest = text.replace(/[⟦⟧]/g, ' ');
      for (const pattern of ALLOWED_WORDS) rest = rest.replace(pattern, ' ');
      for (const data of referenceData) rest = rest.split(data).join(' ');
      for (const pattern of ALLOWED_CODES) rest = rest.replace(pattern, ' ');
      if (!/[A-Za-z]/.test(rest)) continue;
      if (!found.has(text)) found.set(text, new Set());
      found.get(text)!.add(where);
    }
  }

  function failOnUntranslated(): void {
    const report = [...found].map(([text, where]) => {
      const keys = englishKeysOf(text);
      const places = keys.flatMap((key) => sourcesOf(key).map((at) => `${key} at ${at}`));
      const cause = keys.length
        ? `English of ${keys.join(' or ')}, translated outside the request's locale: ${places.join(', ') || 'no translate() call found'}`
        : 'not in the catalogue: written by hand (template, or a service)';
      const pages =
        [...where].slice(0, 3).join('; ') + (where.size > 3 ? ` and ${where.size - 3} more` : '');
      return `${JSON.stringify(text)}\n    ${cause}\n    on ${pages}`;
    });
    if (report.length)
      throw new Error(
        `${report.length} texts not from the catalogue (a service should return the key, a template should use {{t}}):\n${report.join('\n')}`,
      );
  }

  async function visit(who: Visitor, route: string, path: string): Promise<void> {
    const response = await agents.get(who)!.get(path);
    if (!String(response.headers['content-type']).startsWith('text/html')) return;
    if (response.status === 200) rendered.add(route);
    check(`${response.status} GET ${path} as ${who}`, response.text);
  }

  beforeAll(async () => {
    t = await startTestApp();
    const tokens = t.app.get(OneTimeTokensService);
    // The first-admin set-up page only works while there is no admin.
    context.setupToken = (await tokens.issue('setup', 3600_000, {})).token;
    const setupPage = await pseudoAgent().get(`/setup/${context.setupToken}`);
    expect(setupPage.status).toBe(200);
    rendered.add('GET /setup/:token');
    check(`200 GET /setup/:token as anonymous (before any admin)`, setupPage.text);

    referenceData = [
      ...(await t.dataSource.getRepository(Organisation).find()).flatMap((o) => [
        o.name,
        o.unRegion ?? '',
        o.unSubregion ?? '',
      ]),
      ...(await t.dataSource.getRepository(IwgRegion).find()).map((r) => r.name),
      ...(await t.dataSource.getRepository(Pillar).find()).map((p) => p.name),
      // The questionnaire as seeded: the programme's data, like the pillars it sits under.
      ...(await t.dataSource.getRepository(AssessmentIndicator).find()).flatMap((i) => [
        i.text,
        i.guidance ?? '',
      ]),
    ]
      .filter(Boolean)
      // Longest first, so "Democratic Republic of the Congo" goes before "Congo".
      .sort((a, b) => b.length - a.length);

    const anonymous = pseudoAgent();
    agents.set('anonymous', anonymous);
    let admin = 0;
    const members: number[] = [];
    for (const role of ROLES) {
      const user = await createUser(t.dataSource, {
        role,
        name: `${MARKER}-${role}`,
        withTwoFactor: ['admin', 'staff', 'piu-analyst'].includes(role),
        // A supervisor of the PIU sees every form and page of the screening workspace.
        piuSupervisor: role === 'piu-analyst',
      });
      if (role === 'admin') admin = user.id;
      members.push(user.id);
      const agent = pseudoAgent();
      await signIn(agent, user);
      // The screening workspace opens once the analyst has said why they work.
      if (role === 'piu-analyst') {
        await postForm(agent, '/screening/purpose', '/screening/purpose', { purpose: 'screening' });
      }
      agents.set(role, agent);
    }
    const target = await createUser(t.dataSource, { role: 'official', name: `${MARKER}-target` });
    context.userId = target.id;
    context.experts = await seedExpertsFixture(
      t.dataSource,
      members[ROLES.indexOf('expert')],
      admin,
      MARKER,
    );

    // Kenya's record and assessments: a history, a key date, a note; a finalised assessment
    // with a comment, and a draft after it (compared with it).
    const assessor = actorFor((await t.app.get(UsersService).findAuthenticated(admin))!);
    await t.app.get(StateRecordService).addKeyDate(assessor, 'KEN', {
      label: `${MARKER}-date`,
      occursOn: '2025-01-15',
    });
    await t.app.get(ProgrammeStatusService).change(assessor, 'KEN', {
      status: 'joined',
      effectiveOn: '2025-01-15',
      note: `${MARKER}-note`,
    });
    const assessments = t.app.get(AssessmentsService);
    const finalised = await assessments.create(assessor, { state: 'KEN', title: `${MARKER}-one` });
    const questions = await t.dataSource
      .getRepository(AssessmentAnswer)
      .findBy({ assessmentId: finalised.id });
    for (const question of questions)
      await assessments.answer(assessor, finalised.id, question.indicatorId, {
        level: '1',
        findings: `${MARKER}-findings`,
        recommendations: `${MARKER}-recommendation`,
      });
    await assessments.submit(assessor, finalised.id);
    await assessments.finalise(assessor, finalised.id);
    const draft = await assessments.create(assessor, { state: 'KEN', title: `${MARKER}-two` });
    await assessments.answer(assessor, draft.id, questions[0].indicatorId, {
      level: '3',
      findings: `${MARKER}-better`,
    });
    Object.assign(context, {
      finalisedAssessmentId: finalised.id,
      assessmentId: draft.id,
      indicatorId: questions[0].indicatorId,
    });

    // A notification of every type for every role, so the centre shows each sentence.
    const notifications = t.app.get(NotificationsService);
    notifications.registerSource({
      kind: 'pseudo-test',
      describe: (_user, ids) =>
        Promise.resolve(
          new Map(ids.map((id) => [id, { title: `${MARKER}-title`, path: `/states/KEN` }])),
        ),
    });
    const params: Record<string, object> = {
      meeting: { change: 'changed', startsAt: '2026-02-03T09:00:00Z' },
      'action-item': { change: 'due', dueOn: '2026-02-10' },
      document: { change: 'comment' },
      engagement: { change: 'confirmed' },
    };
    for (const type of TYPE_NAMES) {
      await notifications.publish({
        type,
        recipients: members.map((userId) => ({ userId, reason: 'watching' as const })),
        subject: { kind: 'pseudo-test', id: 1 },
        actorUserId: target.id,
        params: params[type] ?? {},
      } as NotificationEvent);
    }
    context.notificationId = (
      await t.dataSource.getRepository(Notification).findOneByOrFail({ userId: members[0] })
    ).id;
    context.unsubscribeToken = signUnsubscribe(t.config.encryptionKey, {
      userId: target.id,
      topic: 'review',
    });

    const twoFactor = await createUser(t.dataSource, {
      role: 'staff',
      name: `${MARKER}-pending`,
      withTwoFactor: true,
    });
    const pending = pseudoAgent();
    const step = await postForm(pending, '/login', '/login', {
      email: twoFactor.email,
      password: STRONG_PASSWORD,
    });
    expect(step.headers.location).toBe('/login/two-factor');
    agents.set('pending-two-factor', pending);

    const outdated = await createUser(t.dataSource, {
      name: `${MARKER}-outdated`,
      termsVersion: '2020-01-01',
    });
    const outdatedAgent = pseudoAgent();
    await postForm(outdatedAgent, '/login', '/login', {
      email: outdated.email,
      password: STRONG_PASSWORD,
    });
    agents.set('terms-outdated', outdatedAgent);

    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const invitation = await tokens.issue('invitation', 3600_000, {
      email: 'xqzdata-invitee@example.org',
      role: 'official',
      organisationId: kenya.id,
      issuedById: admin,
    });
    context.invitationId = invitation.row.id;
    context.invitationToken = invitation.token;
    // The library: a document with a translation, and a proposal waiting for review.
    const library = t.app.get(LibraryImport);
    const users = t.app.get(UsersService);
    const librarian = await createUser(t.dataSource, {
      role: 'staff',
      name: `${MARKER}-librarian`,
      withTwoFactor: true,
    });
    const proposer = await createUser(t.dataSource, { role: 'expert', name: `${MARKER}-expert` });
    const fields = {
      kind: 'file',
      title: `${MARKER}-resource`,
      summary: `${MARKER}-summary`,
      pillars: ['piu', 'maritime'],
      language: 'en',
      documentDate: '2026-03-01',
      visibility: 'programme',
    };
    const asLibrarian = actorFor((await users.findAuthenticated(librarian.id))!);
    context.resourceId = (
      await library.add(asLibrarian, fields, { name: `${MARKER}-file.pdf`, content: pdfOf(['x']) })
    ).id;
    context.translationId = (
      await library.add(
        asLibrarian,
        {
          ...fields,
          title: `${MARKER}-translation`,
          language: 'fr',
          translationOf: String(context.resourceId),
        },
        { name: `${MARKER}-file.txt`, content: Buffer.from('texte') },
      )
    ).id;
    await library.add(
      actorFor((await users.findAuthenticated(proposer.id))!),
      { ...fields, title: `${MARKER}-proposal` },
      { name: `${MARKER}-proposal.txt`, content: Buffer.from('proposal') },
    );
    context.resetToken = (
      await tokens.issue('password-reset', 3600_000, { userId: target.id })
    ).token;

    // An IWG of KEN's region with a thread whose first post was edited (history) and hidden,
    // and a reply: every part of the forum's pages is drawn.
    const iwg = await createIwg(t, 'XQZ', ['KEN']);
    referenceData.unshift(iwg.name);
    const author = (await t.app.get(UsersService).findAuthenticated(admin))!;
    const general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: iwg.id, kind: 'general' });
    const posting = t.app.get(ForumPostingService);
    const posted = await posting.createThread(actorFor(author), iwg.id, {
      categoryId: general.id,
      title: `${MARKER}-thread`,
      body: `${MARKER}-first`,
    });
    await posting.edit(actorFor(author), iwg.id, posted.post.id, {
      body: `${MARKER}-edited`,
      revision: 1,
    });
    await posting.reply(actorFor(author), iwg.id, posted.thread.id, { body: `${MARKER}-reply` });
    // Hidden directly: the moderation's audit row would put its JSON details (in <code>, as
    // identifiers) on the audit page, which this suite reads as text.
    await t.dataSource
      .getRepository(ForumPost)
      .update(
        { id: posted.post.id },
        { hiddenAt: new Date(), hiddenById: admin, hiddenReason: `${MARKER}-reason` },
      );
    // A meeting in three days (so the home page's block lists it) in another zone than the
    // members', with agenda, minutes and an overdue action item of the official.
    const meetings = t.app.get(MeetingsService);
    const zone = 'Africa/Nairobi';
    const meeting = await meetings.schedule(actorFor(author), iwg.id, {
      title: `${MARKER}-meeting`,
      startsAt: instantToLocal(new Date(Date.now() + 3 * 86_400_000), zone),
      endsAt: instantToLocal(new Date(Date.now() + 3 * 86_400_000 + 7_200_000), zone),
      timeZone: zone,
      mode: 'in-person',
      place: `${MARKER}-place`,
      agenda: `${MARKER}-item | ${MARKER}-presenter | 15\n${MARKER}-other`,
    });
    await meetings.recordMinutes(actorFor(author), iwg.id, meeting.id, `${MARKER}-minutes`);
    const officialId = members[ROLES.indexOf('official')];
    const { item } = await t.app.get(ActionItemsService).add(actorFor(author), iwg.id, meeting.id, {
      title: `${MARKER}-action`,
      ownerId: officialId,
      dueOn: '2020-01-10',
    });
    Object.assign(context, {
      iwgId: iwg.id,
      categoryId: general.id,
      threadId: posted.thread.id,
      postId: posted.post.id,
      meetingId: meeting.id,
      actionId: item.id,
    });
    // Conversations of the admin with the official and the staff member: one with a subject whose
    // message was edited (history), one without, unread for the official.
    const conversations = t.app.get(ConversationsService);
    const emails = await t.dataSource
      .getRepository(User)
      .find({ where: { name: In([`${MARKER}-official`, `${MARKER}-staff`]) } });
    const talk = await conversations.start(actorFor(author), {
      recipients: emails.map((user) => user.email).join(', '),
      subject: `${MARKER}-subject`,
      body: `${MARKER}-message`,
    });
    await conversations.edit(actorFor(author), talk.conversation.id, talk.message.id, {
      body: `${MARKER}-message-edited`,
      revision: 1,
    });
    await conversations.start(actorFor(author), {
      recipients: emails.map((user) => user.email).join(', '),
      body: `${MARKER}-second`,
    });
    Object.assign(context, { conversationId: talk.conversation.id, messageId: talk.message.id });
    // KEN's roadmap: a step waiting for another, owned by the official, linked to the thread,
    // blocked (its reason, its history of edits, status and link), and one overdue.
    const roadmap = t.app.get(RoadmapEditing);
    const stepInput = {
      pillar: 'legislative',
      description: `${MARKER}-description`,
      startOn: '2020-01-01',
      dueOn: '2020-02-01',
      status: 'in-progress' as const,
      weight: 2,
      dependsOn: [],
    };
    const firstStep = await roadmap.create(actorFor(author), 'KEN', {
      ...stepInput,
      title: `${MARKER}-first-step`,
    });
    const secondStep = await roadmap.create(actorFor(author), 'KEN', {
      ...stepInput,
      pillar: 'maritime',
      title: `${MARKER}-second-step`,
      ownerId: String(officialId),
      dueOn: '2031-01-01',
      dependsOn: [String(firstStep.id)],
    });
    await roadmap.update(actorFor(author), 'KEN', secondStep.id, {
      ...stepInput,
      pillar: 'maritime',
      title: `${MARKER}-second-step-edited`,
      ownerId: '',
      dueOn: '2031-01-01',
      dependsOn: [String(firstStep.id)],
    });
    await roadmap.setStatus(actorFor(author), 'KEN', secondStep.id, {
      status: 'blocked',
      blockedReason: `${MARKER}-blocked`,
    });
    await t.app.get(RoadmapLinks).link(actorFor(author), 'KEN', secondStep.id, {
      kind: 'thread',
      targetId: posted.thread.id,
    });
    context.roadmapStepId = secondStep.id;
    // A national list of the analyst's State with two versions: a report and a diff to draw.
    const analyst = (await t.app
      .get(UsersService)
      .findAuthenticated(members[ROLES.indexOf('piu-analyst')]))!;
    const listed = (id: string, name: string, date: string, severity: 'high' | 'critical') =>
      ({
        id: `csv:${id}`,
        list: 'csv',
        sourceId: id,
        kind: 'individual',
        names: [{ full: `${MARKER}-${name}`, quality: 'primary' }],
        datesOfBirth: [{ kind: 'exact', date }],
        nationalities: ['KEN'],
        documents: [],
        programmes: [],
        severity,
      }) satisfies WatchlistEntry;
    const list = await t.app
      .get(WatchlistsService)
      .create(actorFor(analyst), { kind: 'csv', name: `${MARKER}-list` });
    const loader = t.app.get(WatchlistLoaderService);
    const file = { sha256: 'a'.repeat(64), size: 120 };
    const first = await loader.load(
      actorFor(analyst),
      list,
      {
        kind: 'csv',
        source: 'v1',
        entries: [
          listed('1', 'one', '1970-01-01', 'high'),
          listed('2', 'two', '1980-01-01', 'high'),
        ],
        counts: { aliases: 0 },
        skipped: [],
      },
      { ...file, name: `${MARKER}-v1.csv` },
    );
    const second = await loader.load(
      actorFor(analyst),
      list,
      {
        kind: 'csv',
        source: 'v2',
        entries: [
          listed('1', 'one', '1970-01-02', 'critical'),
          listed('3', 'three', '1990-01-01', 'high'),
        ],
        counts: { aliases: 0 },
        skipped: [],
      },
      { ...file, name: `${MARKER}-v2.csv` },
    );
    Object.assign(context, { listId: list.id, firstVersionId: first.id, versionId: second.id });

    // The screening workspace of KEN (the analyst's State): a carrier with a key that was
    // used, a parsed message, a failed one, and a multi-part one still missing a part.
    const carrier = await t.dataSource
      .getRepository(Carrier)
      .save({ stateId: kenya.id, kind: 'airline', code: 'KQ', name: `${MARKER}-airline` });
    context.carrierId = carrier.id;
    await t.dataSource.getRepository(CarrierKey).save({
      stateId: kenya.id,
      carrierId: carrier.id,
      prefix: 'cttp_Ab3dEf',
      keyHash: 'f'.repeat(64),
      label: `${MARKER}-key`,
      issuedAt: new Date(),
      lastUsedAt: new Date(),
      lastUsedIp: '192.0.2.10',
    });
    const ingestion = t.app.get(IngestionService);
    const delivery = {
      stateId: kenya.id,
      stateCode: 'KEN',
      source: 'api' as const,
      carrierId: carrier.id,
      keyId: null,
      uploaderId: null,
    };
    const voyage = {
      carrier: 'KQ',
      flight: '101',
      from: 'GBLHR',
      to: 'KEMBA',
      departure: '202603011200',
      arrival: '202603012100',
    };
    const parsed = await ingestion.receive(
      Buffer.from(paxlst({ ...voyage, reference: 'PS1', travellers: syntheticTravellers(3) })),
      delivery,
    );
    const failed = await ingestion.receive(Buffer.from('{"not": "edifact"}'), delivery);
    const part = await ingestion.receive(
      Buffer.from(
        paxlst({
          ...voyage,
          flight: '102',
          reference: 'PS2',
          travellers: syntheticTravellers(2),
          part: { sequence: 2, final: true },
        }),
      ),
      delivery,
    );
    // A traveller the name search finds: screened in the background, waited for here.
    const named = await ingestion.receive(
      Buffer.from(
        paxlst({
          ...voyage,
          flight: '103',
          reference: 'PS3',
          travellers: [{ surname: MARKER, givenNames: MARKER, nationality: 'KEN' }],
        }),
      ),
      delivery,
    );
    await screened(t, named.id);
    context.screeningMessageIds = [parsed.id, failed.id, part.id];
    // A flight screened against the list: a traveller named like its entry 1 (version 2), whose
    // hit an analyst has taken.
    await t.app.get(WatchlistIndexService).settled();
    const listedFlight = await ingestion.receive(
      Buffer.from(
        paxlst({
          ...voyage,
          flight: '103',
          reference: 'PS3',
          travellers: [
            { surname: 'XQZDATA', givenNames: 'ONE', birth: '700102', nationality: 'KEN' },
            ...syntheticTravellers(2),
          ],
        }),
      ),
      delivery,
    );
    const screenedFlight = await screened(t, listedFlight.id);
    context.flightId = screenedFlight.flightId!;
    const hit = await t.dataSource
      .getRepository(ScreeningHit)
      .findOneByOrFail({ flightId: context.flightId });
    context.hitId = hit.id;
    await t.dataSource
      .getRepository(ScreeningHit)
      .update({ id: hit.id }, { status: 'in-review', assigneeId: analyst.id });

    // A targeting rule of the analyst's State: tried, switched on, then changed (version 2 waits).
    const ruleAnalyst = await users.findAuthenticated(
      (await t.dataSource.getRepository(User).findOneByOrFail({ name: `${MARKER}-piu-analyst` }))
        .id,
    );
    const rulesService = t.app.get(RulesService);
    const ruleActor = actorFor(ruleAnalyst!);
    const criteria = {
      all: [
        { field: 'traveller.nationality', op: 'in', value: ['SYR', 'IRQ'] },
        { not: { field: 'traveller.bagCount', op: 'between', value: [0, 1] } },
      ],
    };
    const ruleInput = {
      name: `${MARKER}-rule`,
      description: `${MARKER}-description`,
      severity: 'high',
      root: fromCriteria(criteria),
    };
    context.ruleId = await rulesService.create(ruleActor, ruleInput);
    await t.dataSource.getRepository(ScreeningRuleTrial).insert({
      ruleId: context.ruleId,
      stateId: analyst.stateId!,
      versionNumber: 1,
      criteriaHash: criteriaHash(JSON.stringify(criteria)),
      status: 'done',
      since: new Date(Date.now() - 7 * 86_400_000),
      requestedById: analyst.id,
      requestedAt: new Date(),
      finishedAt: new Date(),
      messages: 12,
      travellers: 1400,
      hits: 3,
      partial: true,
      examples: JSON.stringify([{ initials: 'XQ', flight: 'KQ310', date: '2026-11-20' }]),
    });
    await rulesService.switchOn(ruleActor, context.ruleId);
    await rulesService.update(ruleActor, context.ruleId, {
      ...ruleInput,
      severity: 'critical',
      root: fromCriteria({
        any: [...criteria.all, { field: 'journey.oneWay', op: '=', value: true }],
      }),
    });

    // Hits to review: a flight whose travellers match the list (by name) and the rule (SYR);
    // a colleague took the rule hit and proposed to confirm it.
    await t.app.get(WatchlistIndexService).settled();
    const arrival = await ingestion.receive(
      Buffer.from(
        paxlst({
          ...voyage,
          flight: '103',
          reference: 'PS3',
          travellers: [
            { surname: 'XQZDATA', givenNames: 'ONE', birth: '700102', nationality: 'KEN' },
            { surname: 'QARNEV', givenNames: 'TOLL', nationality: 'SYR', document: 'S7654321' },
          ],
        }),
      ),
      delivery,
    );
    const flightId = (await screened(t, arrival.id)).flightId!;
    const hits = await t.dataSource
      .getRepository(ScreeningHit)
      .find({ where: { flightId }, order: { id: 'ASC' } });
    const listHit = hits.find((hit) => hit.kind !== 'rule')!;
    const ruleHit = hits.find((hit) => hit.kind === 'rule')!;
    const colleague = await createUser(t.dataSource, {
      role: 'piu-analyst',
      name: `${MARKER}-colleague`,
      withTwoFactor: true,
    });
    const asColleague = actorFor((await users.findAuthenticated(colleague.id))!);
    const workflow = t.app.get(HitWorkflowService);
    await workflow.step(asColleague, ruleHit.id, 'take');
    await workflow.step(asColleague, ruleHit.id, 'propose', { note: `${MARKER}-proposal` });
    context.hitIds = [listHit.id, ruleHit.id];

    // A course of the suite's words, published by staff, that the PIU analyst completed (one
    // failed attempt first) and the official is enrolled on.
    const courseStaff = (await users.findAuthenticated(members[ROLES.indexOf('staff')]))!;
    const authoring = t.app.get(TrainingAuthoringService);
    const source = [
      `# Module: ${MARKER}-module`,
      `## Lesson: ${MARKER}-lesson`,
      `${MARKER}-text **${MARKER}-bold**`,
      '## Quiz',
      `### Question: ${MARKER}-question`,
      `- [x] ${MARKER}-right | ${MARKER}-feedback`,
      `- [ ] ${MARKER}-wrong | ${MARKER}-feedback`,
      '# Final assessment',
      `### Question (several): ${MARKER}-final`,
      `- [x] ${MARKER}-one | ${MARKER}-feedback`,
      `- [x] ${MARKER}-two`,
      `- [ ] ${MARKER}-three`,
    ].join('\n');
    const created = await authoring.create(actorFor(courseStaff), {
      title: `${MARKER}-course`,
      summary: `${MARKER}-summary`,
      source,
    });
    await authoring.publish(actorFor(courseStaff), created.id, {
      title: `${MARKER}-course`,
      summary: `${MARKER}-summary`,
      source,
      revision: created.revision,
    });
    const parsedCourse = parseCourseSource(source, '/f');
    if (!parsedCourse.ok) throw new Error('the suite’s course does not parse');
    const learner = actorFor((await users.findAuthenticated(analyst.id))!);
    await t.app.get(TrainingEnrolmentService).enrolSelf(learner, created.id);
    await t.app
      .get(TrainingEnrolmentService)
      .enrolSelf(
        actorFor((await users.findAuthenticated(members[ROLES.indexOf('official')]))!),
        created.id,
      );
    const learning = t.app.get(TrainingLearningService);
    const lesson = parsedCourse.content.modules[0].lessons[0];
    await learning.markLessonDone(learner, created.id, lesson.key);
    const answer = (quiz: typeof parsedCourse.content.final, right: boolean) =>
      Object.fromEntries(
        quiz.questions.map((question) => [
          answerField(question.id),
          question.options.filter((option) => option.correct === right).map((option) => option.id),
        ]),
      );
    const quiz = parsedCourse.content.modules[0].quiz;
    const failedAttempt = await learning.submitQuiz(learner, created.id, '1', answer(quiz, false));
    const passedAttempt = await learning.submitQuiz(learner, created.id, '1', answer(quiz, true));
    const finalAttempt = await learning.submitQuiz(
      learner,
      created.id,
      'final',
      answer(parsedCourse.content.final, true),
    );
    context.courseId = created.id;
    context.lessonKey = lesson.key;
    context.attemptIds = [
      failedAttempt.attempt.id,
      passedAttempt.attempt.id,
      finalAttempt.attempt.id,
    ];
    context.certificateCode = (
      await t.dataSource.getRepository(TrainingCertificate).findOneByOrFail({})
    ).code;
    Object.assign(
      context,
      await documentsFixture(t, MARKER, admin, members[ROLES.indexOf('focal-point')]),
    );
  });
  afterAll(() => t?.close());

  it('renders every GET page for every visitor with catalogue text only', async () => {
    const routes = listRoutes(t.app).filter(
      (route) => route.startsWith('GET ') && !NOT_PAGES.has(route),
    );
    for (const who of agents.keys()) {
      for (const route of routes) {
        const pattern = route.slice(4);
        for (const path of PATHS[route]?.(context) ?? [pattern]) await visit(who, route, path);
      }
      // The error pages: a page that is not there, and (for most roles) an area that is not theirs.
      await visit(who, 'GET /{*path}', '/no-such-page');
    }
    // Every page was seen at least once, so none escapes the check by redirecting everyone.
    expect(routes.filter((route) => !rendered.has(route) && !REDIRECTS.has(route))).toEqual([]);

    failOnUntranslated();
    // Every route for every visitor: a thousand and more pages, which a loaded machine takes
    // longer than the default minute to draw.
  }, 180_000);

  it('names a template’s mistakes in the catalogue’s words, with line and column', async () => {
    found.clear();
    const path = `/sops/templates/${context.templateId}`;
    const page = await agents.get('staff')!.get(path);
    const problems = /<section[^>]*id="problems"[^]*?<\/section>/.exec(page.text)![0];
    expect(problems).toContain(
      translate('en-XA', 'documents.check.unknownTag', { tag: `${MARKER.toLowerCase()}tag` }),
    );
    expect(problems).toContain(
      translate('en-XA', 'documents.check.whereColumn', {
        section: `${MARKER}-broken`,
        line: 2,
        column: 1,
      }),
    );
    check(`GET ${path} as staff`, problems);
    failOnUntranslated();
  });

  it('renders pages, error pages included, in the locale the request asks for', async () => {
    const missing = await agents.get('official')!.get('/no-such-page');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('<html lang="en-XA"');
    expect(missing.text).toContain('⟦Þáĝé ñóţ ƒóúñð⟧');
    const english = await agentFor(t.server)
      .get('/login')
      .set('Accept-Language', 'fr, en-GB;q=0.8');
    expect(english.text).toContain('<html lang="en"');
    expect(english.text).toContain('Forgotten your password?');
  });

  it('answers forms (errors, confirmations, flash messages) with catalogue text only', async () => {
    found.clear();
    const kenya = await t.dataSource.getRepository(Organisation).findOneByOrFail({ code: 'KEN' });
    const [listHitPage, ruleHitPage] = context.hitIds.map((id) => `/screening/hits/${id}`);
    const assessmentPage = `/programme/assessments/${context.assessmentId}`;
    const forms: [Visitor, string, string, Record<string, string>][] = [
      ['anonymous', '/login', '/login', { email: 'nobody@example.org', password: 'wrong' }],
      [
        'anonymous',
        `/password/reset/${context.resetToken}`,
        `/password/reset/${context.resetToken}`,
        { password: 'short', passwordAgain: 'other' },
      ],
      [
        'anonymous',
        `/invitations/accept/${context.invitationToken}`,
        `/invitations/accept/${context.invitationToken}`,
        { name: '', password: 'short', passwordAgain: 'other' },
      ],
      ['pending-two-factor', '/login/two-factor', '/login/two-factor', { code: '12' }],
      ['terms-outdated', '/terms', '/terms', {}],
      ['official', '/account/two-factor', '/account/two-factor', { code: '000000' }],
      [
        'official',
        '/account/profile',
        '/account/profile',
        { name: '', unLanguages: 'xx', otherLanguages: 'zz, qq', timeZone: 'Nowhere' },
      ],
      ['official', '/account/password', '/account/password', { password: 'short' }],
      [
        'official',
        '/conversations/new',
        '/conversations',
        { recipients: 'xqzdata-nobody@example.org', body: '' },
      ],
      ['official', '/account/sessions', '/account/sessions/end-others', {}],
      // A quiz answered with nothing (every question refused), a course with mistakes.
      [
        'official',
        `/training/courses/${context.courseId}/quizzes/1`,
        `/training/courses/${context.courseId}/quizzes/1`,
        {},
      ],
      [
        'staff',
        `/training/manage/${context.courseId}`,
        `/training/manage/${context.courseId}/publish`,
        { title: 'Xqzdata-course', source: '# Module: Xqzdata\nXqzdata-stray', revision: '1' },
      ],
      ['focal-point', '/training/team', '/training/team/enrol', { courseId: 'x', email: '' }],
      ['admin', '/invitations/new', '/invitations', { email: 'not an address' }],
      [
        'admin',
        '/invitations/new',
        '/invitations',
        { email: 'xqzdata-new@example.org', role: 'official', organisationId: String(kenya.id) },
      ],
      [
        'admin',
        `/admin/users/${context.userId}`,
        `/admin/users/${context.userId}/role`,
        { role: 'x' },
      ],
      [
        'admin',
        `/admin/users/${context.userId}`,
        `/admin/users/${context.userId}/role`,
        { role: 'focal-point' },
      ],
      ['admin', `/admin/users/${context.userId}`, `/admin/users/${context.userId}/deactivate`, {}],
      ['admin', `/admin/users/${context.userId}`, `/admin/users/${context.userId}/reactivate`, {}],
      ['admin', `/admin/users/${context.userId}`, `/admin/users/${context.userId}/unlock`, {}],
      [
        'admin',
        `/admin/users/${context.userId}`,
        `/admin/users/${context.userId}/password-reset-link`,
        {},
      ],
      ['admin', '/states/KEN/record', '/admin/member-states/KEN/status', { status: 'x' }],
      // The Pool of Experts: a profile, a request and a proposal with mistakes, a refused step.
      [
        'expert',
        '/experts/profile',
        '/experts/profile',
        { otherLanguages: 'qq', countryCode: 'x' },
      ],
      [
        'focal-point',
        '/experts/requests/new',
        '/experts/requests',
        { endsOn: 'x', effortDays: '0' },
      ],
      [
        'admin',
        `/experts/requests/${context.experts.requestId}`,
        `/experts/requests/${context.experts.requestId}/propose`,
        {
          expertId: String(context.experts.expertId),
          startsOn: '2030-01-01',
          endsOn: '2030-01-02',
        },
      ],
      [
        'admin',
        `/experts/engagements/${context.experts.closedEngagementId}`,
        `/experts/engagements/${context.experts.closedEngagementId}/feedback`,
        { rating: '4' },
      ],
      // A rule form with every kind of mistake, a form redrawn with a condition added, a trial
      // without stored messages (its flash), and switching on a version that was not tried.
      [
        'piu-analyst',
        '/screening/rules/new',
        '/screening/rules',
        {
          name: '',
          severity: 'x',
          'nodes[0][path]': 'r',
          'nodes[0][kind]': 'all',
          'nodes[1][path]': 'r.0',
          'nodes[1][kind]': 'condition',
          'nodes[1][field]': 'traveller.bagCount',
          'nodes[1][op]': 'between',
          'nodes[1][value]': '5, 1',
          'nodes[2][path]': 'r.1',
          'nodes[2][kind]': 'condition',
          'nodes[2][field]': 'traveller.infant',
          'nodes[2][op]': '<',
          'nodes[2][value]': '1',
          'nodes[3][path]': 'r.2',
          'nodes[3][kind]': 'any',
        },
      ],
      [
        'piu-analyst',
        '/screening/rules/new',
        '/screening/rules/new/compose',
        { name: `${MARKER}-draft`, severity: 'low', edit: 'add-group:r' },
      ],
      [
        'piu-analyst',
        `/screening/rules/${context.ruleId}`,
        `/screening/rules/${context.ruleId}/trial`,
        {},
      ],
      [
        'piu-analyst',
        `/screening/rules/${context.ruleId}/switch-on`,
        `/screening/rules/${context.ruleId}/switch-on`,
        {},
      ],
      // Retention: periods out of bounds, then saved; a re-identification with every field
      // wrong, then one that finds nothing (nothing is depersonalised yet).
      [
        'piu-analyst',
        '/screening/retention',
        '/screening/retention',
        { depersonaliseAfterDays: '0', deleteAfterDays: 'x', confirmedHitDays: '9999' },
      ],
      [
        'piu-analyst',
        '/screening/retention',
        '/screening/retention',
        { depersonaliseAfterDays: '90', deleteAfterDays: '1826', confirmedHitDays: '1826' },
      ],
      [
        'piu-analyst',
        '/screening/reidentify',
        '/screening/reidentify',
        { by: 'name', surname: '', dateOfBirth: '1971-02-30', justification: MARKER },
      ],
      [
        'piu-analyst',
        '/screening/reidentify',
        '/screening/reidentify',
        { by: 'document', documentNumber: '', issuingCountry: 'nowhere', justification: '' },
      ],
      [
        'piu-analyst',
        '/screening/reidentify',
        '/screening/reidentify',
        {
          by: 'document',
          documentNumber: 'K1234567',
          issuingCountry: 'KEN',
          justification: `${MARKER}-justification`,
        },
      ],
      ['admin', '/states/KEN/record', '/admin/member-states/KEN/status', { status: 'assessed' }],
      // A hit's review: taken, then each form refused for what it lacks (drawn again), a note;
      // the colleague's proposal confirmed, escalation without a recipient, a step that no
      // longer applies (its refusal says why).
      ['piu-analyst', listHitPage, `${listHitPage}/take`, {}],
      ['piu-analyst', listHitPage, `${listHitPage}/clear`, { reason: '' }],
      ['piu-analyst', listHitPage, `${listHitPage}/clear`, { reason: 'other' }],
      ['piu-analyst', listHitPage, `${listHitPage}/propose`, { proposalNote: '' }],
      ['piu-analyst', listHitPage, `${listHitPage}/export`, { reference: '', format: 'pdf' }],
      ['piu-analyst', listHitPage, `${listHitPage}/notes`, { note: `${MARKER}-note` }],
      ['piu-analyst', listHitPage, `${listHitPage}/release`, {}],
      ['piu-analyst', ruleHitPage, `${ruleHitPage}/send-back`, { sendBackNote: '' }],
      ['piu-analyst', ruleHitPage, `${ruleHitPage}/confirm`, {}],
      ['piu-analyst', ruleHitPage, `${ruleHitPage}/escalate`, { escalatedTo: '' }],
      ['piu-analyst', ruleHitPage, `${ruleHitPage}/confirm`, {}],
      // The Member State record and assessments: dates refused, a draft sent for review, a
      // comment, finalising refused for unanswered indicators.
      [
        'staff',
        '/states/KEN/record',
        '/states/KEN/status',
        { status: 'assessed', effectiveOn: '2020-01-01' },
      ],
      ['staff', '/states/KEN/record', '/states/KEN/key-dates', { label: '', occursOn: 'x' }],
      ['staff', '/states/KEN/record', '/states/KEN/shares', { partner: 'CTED' }],
      [
        'staff',
        '/programme/assessments/new',
        '/programme/assessments',
        { state: 'KEN', title: '', fieldworkFrom: '2026-03-10', fieldworkTo: '2026-03-01' },
      ],
      [
        'staff',
        assessmentPage,
        `${assessmentPage}/indicators/${context.indicatorId}`,
        { level: '9' },
      ],
      ['staff', assessmentPage, `${assessmentPage}/submit`, {}],
      ['focal-point', assessmentPage, `${assessmentPage}/comments`, { comment: `${MARKER}-c` }],
      ['staff', assessmentPage, `${assessmentPage}/finalise`, {}],
      ['staff', '/programme/indicators/new', '/programme/indicators', { reference: 'LEG-1' }],
    ];
    for (const [who, page, action, fields] of forms) {
      const agent = agents.get(who)!;
      const response = await postForm(agent, page, action, fields);
      const where = `${response.status} POST ${action} as ${who}`;
      if (response.status >= 300 && response.status < 400) {
        // The page it leads to, where a flash message shows once.
        const next = await agent.get(String(response.headers.location));
        check(`${where}, then ${next.status} GET ${String(response.headers.location)}`, next.text);
      } else check(where, response.text);
    }
    failOnUntranslated();
  });
});
