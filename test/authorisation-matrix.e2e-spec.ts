import { actorFor } from '../src/common/actor/actor';
import { ROLES, type Role } from '../src/common/identity/role';
import { ConversationsService } from '../src/conversations/conversations.service';
import { ForumCategory } from '../src/iwg/forum/forum-category.entity';
import { ForumPostingService } from '../src/iwg/forum/forum-posting.service';
import { ActionItemsService } from '../src/iwg/meetings/action-items.service';
import { MeetingsService } from '../src/iwg/meetings/meetings.service';
import { RoadmapEditing } from '../src/programme/roadmaps/roadmap-editing.service';
import { UsersService } from '../src/users/users.service';
import { AssessmentAnswer } from '../src/programme/assessments/assessment-answer.entity';
import { AssessmentsService } from '../src/programme/assessments/assessments.service';
import { createUser } from './support/factories';
import { agentFor, csrfFrom, signIn, type Agent } from './support/http';
import { createIwg } from './support/iwg-fixture';
import { declaredAccess, listRoutes, type RouteAccess } from './support/routes';
import { startTestApp, type TestApp } from './support/test-app';

type Who = Role | 'anonymous';

/**
 * Every route, and what each kind of visitor gets. Who is allowed comes from the route's own
 * declaration (@Public, or the roles of its @InArea area), the same one the guard and the
 * navigation read. Allowed roles get `ok` (GET: that status; POST: anything but a redirect to
 * sign-in, 403 or 404, with an empty form); the other roles get `denied`; anonymous visitors
 * get `anonymous`. A route the app serves that is missing
 * here fails the suite: new routes must declare who may use them.
 */
interface MatrixContext {
  /** An official of KEN that admin actions may act on. */
  targetUserId: number;
  /** A PIU analyst of KEN (the focal point's State) that recovery actions may act on. */
  analystId: number;
  /** The IWG of KEN's region, a category, and a thread and its first post by programme staff. */
  iwgId: number;
  categoryId: number;
  threadId: number;
  postId: number;
  /** A meeting of that IWG scheduled by staff, with an action item of a KEN official. */
  meetingId: number;
  actionId: number;
  /** A conversation between programme staff and a KEN official, and its first message. */
  conversationId: number;
  messageId: number;
  /** Assessments of KEN by staff: one in draft, one finalised; an indicator both ask. */
  draftAssessmentId: number;
  finalisedAssessmentId: number;
  indicatorId: number;
  /** A step of KEN's roadmap, added by programme staff. */
  roadmapStepId: number;
}

interface RouteRule {
  path?: string | ((context: MatrixContext) => string);
  anonymous: number;
  ok?: number;
  /** A different expected status for some allowed roles (a row they may not see: 404). */
  okFor?: Partial<Record<Role, number>>;
  denied?: number;
}

const UNKNOWN_TOKEN = 'x'.repeat(43);
/** Partners and experts invited to no IWG see none: 404, as for an IWG that is not there. */
const NOT_GUESTS: Partial<Record<Role, number>> = { partner: 404, expert: 404 };
/** Staff forms: the form page itself is for staff (others 403), or not there (404). */
const STAFF_FORM: Partial<Record<Role, number>> = {
  ...NOT_GUESTS,
  official: 403,
  'focal-point': 403,
};
/** A State's record forms: its own people may read the State (403), others not even that (404). */
const STATE_STAFF_ONLY: Partial<Record<Role, number>> = {
  official: 403,
  'focal-point': 403,
  expert: 404,
  partner: 404,
};
/** An assessment of KEN: an expert assigned to no State does not see it (404). */
const KEN_ASSESSMENT: Partial<Record<Role, number>> = { expert: 404 };
/** Writing an assessment of KEN: KEN's people read it but may not write (403). */
const ASSESSORS_ONLY: Partial<Record<Role, number>> = {
  official: 403,
  'focal-point': 403,
  expert: 404,
};
const MATRIX: Record<string, RouteRule> = {
  'GET /': { anonymous: 302 },
  'GET /health': { anonymous: 200 },
  'GET /login': { anonymous: 200 },
  'POST /login': { anonymous: 401, ok: 401 },
  'GET /login/two-factor': { anonymous: 302, ok: 302 },
  'POST /login/two-factor': { anonymous: 302, ok: 302 },
  'POST /logout': { anonymous: 302 },
  'GET /terms': { anonymous: 302 },
  'POST /terms': { anonymous: 302 },
  'GET /account/two-factor': { anonymous: 302 },
  'GET /account/two-factor/new': { anonymous: 302 },
  'POST /account/two-factor': { anonymous: 302 },
  'POST /account/two-factor/disable': {
    anonymous: 302,
    denied: 403,
  },
  'GET /account': { anonymous: 302 },
  'GET /account/profile': { anonymous: 302 },
  'POST /account/profile': { anonymous: 302, ok: 400 },
  'GET /account/password': { anonymous: 302 },
  'POST /account/password': { anonymous: 302, ok: 400 },
  'GET /account/sessions': { anonymous: 302 },
  'POST /account/sessions/end-others': { anonymous: 302, ok: 303 },

  'GET /states': { anonymous: 302 },
  // The roles' users belong to KEN; an expert assigned to no State may not see it, nor a
  // partner agency KEN's roadmap is not shared with.
  'GET /states/:code': {
    path: '/states/KEN',
    anonymous: 302,
    okFor: { expert: 404, partner: 404 },
  },
  // The record's staff page and forms: the State's own people 403, who may not see it 404.
  'GET /states/:code/record': {
    path: '/states/KEN/record',
    anonymous: 302,
    okFor: STATE_STAFF_ONLY,
  },
  ...Object.fromEntries(
    ['record', 'status', 'key-dates', 'shares'].map((form) => [
      `POST /states/:code/${form}`,
      { path: `/states/KEN/${form}`, anonymous: 302, ok: 400, okFor: STATE_STAFF_ONLY },
    ]),
  ),
  'POST /states/:code/key-dates/:id/delete': {
    path: '/states/KEN/key-dates/999999/delete',
    anonymous: 302,
    ok: 404,
    okFor: STATE_STAFF_ONLY,
  },
  'POST /states/:code/shares/:partner/delete': {
    path: '/states/KEN/shares/CTED/delete',
    anonymous: 302,
    ok: 303,
    okFor: STATE_STAFF_ONLY,
  },

  // A State's documents: `state` content (the roles' users are KEN's; the expert is assigned to
  // none, so 404); an unknown document is a 404 for everyone allowed, forms included.
  'GET /states/:code/documents': {
    path: '/states/KEN/documents',
    anonymous: 302,
    okFor: { expert: 404 },
  },
  'POST /states/:code/documents': {
    path: '/states/KEN/documents',
    anonymous: 302,
    ok: 400,
    okFor: { expert: 404 },
  },
  'GET /states/:code/documents/:id': {
    path: '/states/KEN/documents/999999',
    anonymous: 302,
    ok: 404,
  },
  'GET /states/:code/documents/:id/fill': {
    path: '/states/KEN/documents/999999/fill',
    anonymous: 302,
    ok: 404,
  },
  'POST /states/:code/documents/:id/fill': {
    path: '/states/KEN/documents/999999/fill',
    anonymous: 302,
    ok: 404,
  },
  'POST /states/:code/documents/:id/lifecycle': {
    path: '/states/KEN/documents/999999/lifecycle',
    anonymous: 302,
    ok: 404,
  },
  'POST /states/:code/documents/:id/step': {
    path: '/states/KEN/documents/999999/step',
    anonymous: 302,
    ok: 404,
  },
  'POST /states/:code/documents/:id/comments': {
    path: '/states/KEN/documents/999999/comments',
    anonymous: 302,
    ok: 404,
  },
  'GET /states/:code/documents/:id/upstream': {
    path: '/states/KEN/documents/999999/upstream',
    anonymous: 302,
    ok: 404,
  },
  'POST /states/:code/documents/:id/upstream': {
    path: '/states/KEN/documents/999999/upstream',
    anonymous: 302,
    ok: 404,
  },
  'GET /states/:code/documents/:id/download/:format': {
    path: '/states/KEN/documents/999999/download/pdf',
    anonymous: 302,
    ok: 404,
  },
  // SOP and ToR templates: staff and admins; others 403.
  'GET /sops/templates': { anonymous: 302 },
  'GET /sops/templates/new': { anonymous: 302 },
  'POST /sops/templates': { anonymous: 302, ok: 400 },
  'GET /sops/templates/:id': { path: '/sops/templates/999999', anonymous: 302, ok: 404 },
  'GET /sops/templates/:id/edit': { path: '/sops/templates/999999/edit', anonymous: 302, ok: 404 },
  'POST /sops/templates/:id': { path: '/sops/templates/999999', anonymous: 302, ok: 404 },
  'POST /sops/templates/:id/publish': {
    path: '/sops/templates/999999/publish',
    anonymous: 302,
    ok: 404,
  },
  'GET /sops/templates/:id/versions/:number': {
    path: '/sops/templates/999999/versions/1',
    anonymous: 302,
    ok: 404,
  },
  'GET /sops/templates/:id/diff': {
    path: '/sops/templates/999999/diff?from=1&to=2',
    anonymous: 302,
    ok: 404,
  },

  'GET /invitations': { anonymous: 302 },
  'GET /invitations/new': { anonymous: 302 },
  'POST /invitations': { anonymous: 302, ok: 400 },
  'GET /invitations/:id': {
    path: '/invitations/999999',
    anonymous: 302,
    ok: 404,
  },
  'POST /invitations/:id/revoke': {
    path: '/invitations/999999/revoke',
    anonymous: 302,
    ok: 404,
  },
  'GET /invitations/accept/:token': {
    path: `/invitations/accept/${UNKNOWN_TOKEN}`,
    anonymous: 404,
    ok: 404,
  },
  'POST /invitations/accept/:token': {
    path: `/invitations/accept/${UNKNOWN_TOKEN}`,
    anonymous: 404,
    ok: 404,
  },
  'GET /password/forgot': { anonymous: 200 },
  'POST /password/forgot': { anonymous: 400, ok: 400 },
  'GET /password/reset/:token': {
    path: `/password/reset/${UNKNOWN_TOKEN}`,
    anonymous: 404,
    ok: 404,
  },
  'POST /password/reset/:token': {
    path: `/password/reset/${UNKNOWN_TOKEN}`,
    anonymous: 404,
    ok: 404,
  },
  'GET /setup/:token': { path: `/setup/${UNKNOWN_TOKEN}`, anonymous: 404, ok: 404 },
  'POST /setup/:token': { path: `/setup/${UNKNOWN_TOKEN}`, anonymous: 404, ok: 404 },

  'GET /admin/users': { anonymous: 302 },
  'GET /admin/users/:id': {
    path: (c) => `/admin/users/${c.targetUserId}`,
    anonymous: 302,
  },
  'POST /admin/users/:id/role': {
    path: (c) => `/admin/users/${c.targetUserId}/role`,
    anonymous: 302,
    ok: 400,
  },
  'POST /admin/users/:id/deactivate': {
    path: (c) => `/admin/users/${c.targetUserId}/deactivate`,
    anonymous: 302,
    ok: 303,
  },
  'POST /admin/users/:id/reactivate': {
    path: (c) => `/admin/users/${c.targetUserId}/reactivate`,
    anonymous: 302,
    ok: 303,
  },
  'POST /admin/users/:id/unlock': {
    path: (c) => `/admin/users/${c.targetUserId}/unlock`,
    anonymous: 302,
    ok: 303,
  },
  'POST /admin/users/:id/two-factor/reset': {
    path: (c) => `/admin/users/${c.targetUserId}/two-factor/reset`,
    anonymous: 302,
    ok: 303,
  },
  'POST /admin/users/:id/password-reset-link': {
    path: (c) => `/admin/users/${c.targetUserId}/password-reset-link`,
    anonymous: 302,
    ok: 200,
  },
  'GET /piu-analysts': { anonymous: 302 },
  'POST /piu-analysts/:id/two-factor/reset': {
    path: (c) => `/piu-analysts/${c.analystId}/two-factor/reset`,
    anonymous: 302,
    ok: 303,
  },
  'POST /piu-analysts/:id/supervisor': {
    path: (c) => `/piu-analysts/${c.analystId}/supervisor`,
    anonymous: 302,
    ok: 303,
  },
  'POST /piu-analysts/:id/password-reset-link': {
    path: (c) => `/piu-analysts/${c.analystId}/password-reset-link`,
    anonymous: 302,
    ok: 200,
  },
  // The workspace asks for the purpose of the work first (303 to the purpose page).
  'GET /screening': { anonymous: 302, ok: 303 },
  // The vetting list's rows for its script, and the flights pages: behind the purpose too.
  'GET /screening/vetting/rows': { path: '/screening/vetting/rows?ids=1', anonymous: 302, ok: 303 },
  'GET /screening/flights': { anonymous: 302, ok: 303 },
  'GET /screening/flights/:id': { path: '/screening/flights/999999', anonymous: 302, ok: 303 },
  'GET /screening/purpose': { anonymous: 302 },
  'POST /screening/purpose': { anonymous: 302 },
  // Watchlists: behind the purpose page too (the matrix's analyst has declared none).
  'GET /screening/lists': { anonymous: 302, ok: 303 },
  'POST /screening/lists': { anonymous: 302, ok: 303 },
  'GET /screening/lists/:id': { path: '/screening/lists/1', anonymous: 302, ok: 303 },
  'POST /screening/lists/:id/versions': {
    path: '/screening/lists/1/versions',
    anonymous: 302,
    ok: 303,
  },
  'GET /screening/lists/:id/versions/:versionId': {
    path: '/screening/lists/1/versions/1',
    anonymous: 302,
    ok: 303,
  },
  // Carriers, keys and messages: the analyst has declared no purpose yet (303 to the purpose
  // page first); unknown rows answer 404 once it has.
  'GET /screening/carriers': { anonymous: 302, ok: 303 },
  'POST /screening/carriers': { anonymous: 302, ok: 303 },
  'GET /screening/carriers/:id': { path: '/screening/carriers/999999', anonymous: 302, ok: 303 },
  'POST /screening/carriers/:id/keys': {
    path: '/screening/carriers/999999/keys',
    anonymous: 302,
    ok: 303,
  },
  'POST /screening/carriers/:id/keys/:keyId/revoke': {
    path: '/screening/carriers/999999/keys/1/revoke',
    anonymous: 302,
    ok: 303,
  },
  'GET /screening/messages': { anonymous: 302, ok: 303 },
  'GET /screening/messages/upload': { anonymous: 302, ok: 303 },
  'POST /screening/messages/upload': { anonymous: 302, ok: 303 },
  'GET /screening/messages/:id': { path: '/screening/messages/999999', anonymous: 302, ok: 303 },
  // The carrier API is public: its key is the credential (401 without one, whoever asks);
  // its description is for carriers' engineers.
  'POST /api/v1/messages': { anonymous: 401, ok: 401 },
  'GET /api/docs.json': { anonymous: 200 },
  'GET /api/docs': { anonymous: 200 },
  // Targeting rules: like every page of the workspace, the purpose of the work comes first.
  'GET /screening/rules': { anonymous: 302, ok: 303 },
  'GET /screening/rules/new': { anonymous: 302, ok: 303 },
  'POST /screening/rules/new/compose': { anonymous: 302, ok: 303 },
  'POST /screening/rules': { anonymous: 302, ok: 303 },
  'GET /screening/rules/:id': { path: '/screening/rules/999999', anonymous: 302, ok: 303 },
  'GET /screening/rules/:id/edit': {
    path: '/screening/rules/999999/edit',
    anonymous: 302,
    ok: 303,
  },
  'POST /screening/rules/:id/compose': {
    path: '/screening/rules/999999/compose',
    anonymous: 302,
    ok: 303,
  },
  'POST /screening/rules/:id': { path: '/screening/rules/999999', anonymous: 302, ok: 303 },
  'POST /screening/rules/:id/trial': {
    path: '/screening/rules/999999/trial',
    anonymous: 302,
    ok: 303,
  },
  'GET /screening/rules/:id/switch-on': {
    path: '/screening/rules/999999/switch-on',
    anonymous: 302,
    ok: 303,
  },
  'POST /screening/rules/:id/switch-on': {
    path: '/screening/rules/999999/switch-on',
    anonymous: 302,
    ok: 303,
  },
  'POST /screening/rules/:id/switch-off': {
    path: '/screening/rules/999999/switch-off',
    anonymous: 302,
    ok: 303,
  },
  // Retention, re-identification and the name search: the purpose of the work comes first too
  // (supervisors-only actions answer 403 to other analysts once it is declared).
  'GET /screening/retention': { anonymous: 302, ok: 303 },
  'POST /screening/retention': { anonymous: 302, ok: 303 },
  'GET /screening/reidentify': { anonymous: 302, ok: 303 },
  'POST /screening/reidentify': { anonymous: 302, ok: 303 },
  'GET /screening/travellers': { anonymous: 302, ok: 303 },
  // A hit's page and its review steps: the purpose first (303), then 404 for a hit that is not
  // the analyst's State's (test/screening-hits.e2e-spec.ts).
  'GET /screening/hits/:id': { path: '/screening/hits/999999', anonymous: 302, ok: 303 },
  ...Object.fromEntries(
    [
      'take',
      'release',
      'clear',
      'propose',
      'confirm',
      'send-back',
      'escalate',
      'notes',
      'export',
    ].map((step) => [
      `POST /screening/hits/:id/${step}`,
      { path: `/screening/hits/999999/${step}`, anonymous: 302, ok: 303 },
    ]),
  ),
  'GET /admin/member-states': { anonymous: 302 },
  // The former State page leads to the record.
  'GET /admin/member-states/:code': {
    path: '/admin/member-states/KEN',
    anonymous: 302,
    ok: 303,
  },
  'POST /admin/member-states/:code/status': {
    path: '/admin/member-states/KEN/status',
    anonymous: 302,
    ok: 400,
  },
  'GET /library': { anonymous: 302 },
  'GET /library/new': { anonymous: 302 },
  // Not multipart: the form is shown again, saying the file did not arrive.
  'POST /library': { anonymous: 302, ok: 400 },
  'GET /library/:id': { path: '/library/999999', anonymous: 302, ok: 404 },
  'GET /library/:id/edit': { path: '/library/999999/edit', anonymous: 302, ok: 404 },
  'POST /library/:id': { path: '/library/999999', anonymous: 302, ok: 404 },
  'POST /library/:id/delete': { path: '/library/999999/delete', anonymous: 302, ok: 404 },
  'GET /library/:id/download': { path: '/library/999999/download', anonymous: 302, ok: 404 },
  'GET /library/:id/preview': { path: '/library/999999/preview', anonymous: 302, ok: 404 },
  'GET /library/:id/versions/:number/download': {
    path: '/library/999999/versions/1/download',
    anonymous: 302,
    ok: 404,
  },
  'GET /library/:id/versions/:number/preview': {
    path: '/library/999999/versions/1/preview',
    anonymous: 302,
    ok: 404,
  },
  'GET /library/:id/versions/new': {
    path: '/library/999999/versions/new',
    anonymous: 302,
    ok: 404,
  },
  'POST /library/:id/versions': { path: '/library/999999/versions', anonymous: 302, ok: 404 },
  'GET /library/review': { anonymous: 302 },
  'POST /library/review/:id/approve': {
    path: '/library/review/999999/approve',
    anonymous: 302,
    ok: 404,
  },
  'POST /library/review/:id/reject': {
    path: '/library/review/999999/reject',
    anonymous: 302,
    ok: 400,
  },
  'GET /admin/audit': { anonymous: 302 },
  'GET /admin/audit.csv': { anonymous: 302 },

  'GET /notifications': { anonymous: 302 },
  'POST /notifications/read-all': { anonymous: 302, ok: 303 },
  // Nobody's own: 404 for every role, like another member's.
  'POST /notifications/:id/read': { path: '/notifications/999999/read', anonymous: 302, ok: 404 },
  'GET /notifications/:id/open': { path: '/notifications/999999/open', anonymous: 302, ok: 404 },
  'GET /account/notifications': { anonymous: 302 },
  'POST /account/notifications': { anonymous: 302, ok: 400 },
  // The signed link is the credential: without a genuine one, 404 for everyone.
  'GET /notifications/unsubscribe/:token': {
    path: '/notifications/unsubscribe/1.mention.forged',
    anonymous: 404,
    ok: 404,
  },
  'POST /notifications/unsubscribe/:token': {
    path: '/notifications/unsubscribe/1.mention.forged',
    anonymous: 404,
    ok: 404,
  },
  'GET /assets/js/socket.io.min.js': { anonymous: 200 },
  'GET /search': { path: '/search?q=passenger+data&kind=resource', anonymous: 302 },
  // IWGs: the roles' State users belong to KEN, whose region has the IWG; partners and experts
  // are nobody's guest here (404); only staff and admins manage (others 403); posts by staff.
  'GET /iwg': { anonymous: 302 },
  'POST /iwg': { anonymous: 302, ok: 400 },
  'GET /iwg/:iwgId': { path: (c) => `/iwg/${c.iwgId}`, anonymous: 302, okFor: NOT_GUESTS },
  'GET /iwg/:iwgId/manage': {
    path: (c) => `/iwg/${c.iwgId}/manage`,
    anonymous: 302,
    okFor: { ...NOT_GUESTS, official: 403, 'focal-point': 403 },
  },
  'GET /iwg/:iwgId/unread.json': {
    path: (c) => `/iwg/${c.iwgId}/unread.json`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'GET /iwg/:iwgId/members.json': {
    path: (c) => `/iwg/${c.iwgId}/members.json?q=a`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'GET /iwg/:iwgId/attachables.json': {
    path: (c) => `/iwg/${c.iwgId}/attachables.json?q=a`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/rename': {
    path: (c) => `/iwg/${c.iwgId}/rename`,
    anonymous: 302,
    ok: 400,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/close': {
    path: (c) => `/iwg/${c.iwgId}/close`,
    anonymous: 302,
    ok: 400,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/positions': {
    path: (c) => `/iwg/${c.iwgId}/positions`,
    anonymous: 302,
    ok: 400,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/participants': {
    path: (c) => `/iwg/${c.iwgId}/participants`,
    anonymous: 302,
    ok: 400,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/participants/:userId/remove': {
    path: (c) => `/iwg/${c.iwgId}/participants/999999/remove`,
    anonymous: 302,
    okFor: { admin: 404, staff: 404, official: 403, 'focal-point': 403, partner: 404, expert: 404 },
  },
  'POST /iwg/:iwgId/categories': {
    path: (c) => `/iwg/${c.iwgId}/categories`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/watch': {
    path: (c) => `/iwg/${c.iwgId}/watch`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/read': {
    path: (c) => `/iwg/${c.iwgId}/read`,
    anonymous: 302,
    okFor: { admin: 303, staff: 303, official: 303, 'focal-point': 303, partner: 404, expert: 404 },
  },
  'GET /iwg/:iwgId/categories/:categoryId': {
    path: (c) => `/iwg/${c.iwgId}/categories/${c.categoryId}`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/categories/:categoryId/watch': {
    path: (c) => `/iwg/${c.iwgId}/categories/${c.categoryId}/watch`,
    anonymous: 302,
    ok: 400,
  },
  'GET /iwg/:iwgId/threads/new': {
    path: (c) => `/iwg/${c.iwgId}/threads/new`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/threads': {
    path: (c) => `/iwg/${c.iwgId}/threads`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
  'GET /iwg/:iwgId/threads/:threadId': {
    path: (c) => `/iwg/${c.iwgId}/threads/${c.threadId}?page=1`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/threads/:threadId/posts': {
    path: (c) => `/iwg/${c.iwgId}/threads/${c.threadId}/posts`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/threads/:threadId/watch': {
    path: (c) => `/iwg/${c.iwgId}/threads/${c.threadId}/watch`,
    anonymous: 302,
    ok: 400,
  },
  'POST /iwg/:iwgId/threads/:threadId/lock': {
    path: (c) => `/iwg/${c.iwgId}/threads/${c.threadId}/lock`,
    anonymous: 302,
    ok: 400,
  },
  'POST /iwg/:iwgId/threads/:threadId/pin': {
    path: (c) => `/iwg/${c.iwgId}/threads/${c.threadId}/pin`,
    anonymous: 302,
    ok: 400,
  },
  'POST /iwg/:iwgId/threads/:threadId/move': {
    path: (c) => `/iwg/${c.iwgId}/threads/${c.threadId}/move`,
    anonymous: 302,
    ok: 400,
  },
  'POST /iwg/:iwgId/threads/:threadId/split': {
    path: (c) => `/iwg/${c.iwgId}/threads/${c.threadId}/split`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
  'GET /iwg/:iwgId/posts/:postId/edit': {
    path: (c) => `/iwg/${c.iwgId}/posts/${c.postId}/edit`,
    anonymous: 302,
    okFor: { ...NOT_GUESTS, official: 404, 'focal-point': 404 },
  },
  'POST /iwg/:iwgId/posts/:postId/edit': {
    path: (c) => `/iwg/${c.iwgId}/posts/${c.postId}/edit`,
    anonymous: 302,
    ok: 400,
    okFor: { ...NOT_GUESTS, official: 404, 'focal-point': 404 },
  },
  'GET /iwg/:iwgId/posts/:postId/history': {
    path: (c) => `/iwg/${c.iwgId}/posts/${c.postId}/history`,
    anonymous: 302,
    okFor: { ...NOT_GUESTS, official: 404, 'focal-point': 404 },
  },
  'GET /iwg/:iwgId/posts/:postId/hide': {
    path: (c) => `/iwg/${c.iwgId}/posts/${c.postId}/hide`,
    anonymous: 302,
    okFor: { ...NOT_GUESTS, official: 404, 'focal-point': 404 },
  },
  'POST /iwg/:iwgId/posts/:postId/hide': {
    path: (c) => `/iwg/${c.iwgId}/posts/${c.postId}/hide`,
    anonymous: 302,
    ok: 400,
    okFor: { ...NOT_GUESTS, official: 404, 'focal-point': 404 },
  },
  'POST /iwg/:iwgId/posts/:postId/reactions': {
    path: (c) => `/iwg/${c.iwgId}/posts/${c.postId}/reactions`,
    anonymous: 302,
    ok: 400,
  },
  // Meetings: all who see the IWG read them; staff and admins (and the secretariat) run them.
  'GET /iwg/:iwgId/meetings': {
    path: (c) => `/iwg/${c.iwgId}/meetings`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'GET /iwg/:iwgId/meetings/new': {
    path: (c) => `/iwg/${c.iwgId}/meetings/new`,
    anonymous: 302,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/meetings': {
    path: (c) => `/iwg/${c.iwgId}/meetings`,
    anonymous: 302,
    ok: 400,
    okFor: STAFF_FORM,
  },
  'GET /iwg/:iwgId/meetings/:meetingId.ics': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}.ics`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'GET /iwg/:iwgId/meetings/:meetingId': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}`,
    anonymous: 302,
    okFor: NOT_GUESTS,
  },
  'GET /iwg/:iwgId/meetings/:meetingId/edit': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}/edit`,
    anonymous: 302,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/meetings/:meetingId/edit': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}/edit`,
    anonymous: 302,
    ok: 400,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/meetings/:meetingId/cancel': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}/cancel`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/meetings/:meetingId/minutes': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}/minutes`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
  'POST /iwg/:iwgId/meetings/:meetingId/actions': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}/actions`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
  'GET /iwg/:iwgId/meetings/:meetingId/actions/:actionId/edit': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}/actions/${c.actionId}/edit`,
    anonymous: 302,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/meetings/:meetingId/actions/:actionId/edit': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}/actions/${c.actionId}/edit`,
    anonymous: 302,
    ok: 400,
    okFor: STAFF_FORM,
  },
  'POST /iwg/:iwgId/meetings/:meetingId/actions/:actionId/status': {
    path: (c) => `/iwg/${c.iwgId}/meetings/${c.meetingId}/actions/${c.actionId}/status`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_GUESTS,
  },
};

/** A conversation reaches its participants only: every other member gets 404, admins too. */
const NOT_PARTICIPANT = 404;

Object.assign(MATRIX, {
  'GET /programme/assessments': { anonymous: 302 },
  'GET /programme/assessments/new': {
    anonymous: 302,
    okFor: { official: 403, 'focal-point': 403, expert: 403 },
  },
  'POST /programme/assessments': {
    anonymous: 302,
    ok: 400,
    okFor: { official: 403, 'focal-point': 403, expert: 403 },
  },
  'GET /programme/assessments/:id': {
    path: (c) => `/programme/assessments/${c.draftAssessmentId}`,
    anonymous: 302,
    okFor: KEN_ASSESSMENT,
  },
  'GET /programme/assessments/:id/compare': {
    path: (c) => `/programme/assessments/${c.draftAssessmentId}/compare`,
    anonymous: 302,
    okFor: KEN_ASSESSMENT,
  },
  'GET /programme/assessments/:id/indicators/:indicatorId': {
    path: (c) => `/programme/assessments/${c.draftAssessmentId}/indicators/${c.indicatorId}`,
    anonymous: 302,
    okFor: ASSESSORS_ONLY,
  },
  // An empty answer is saved (it keeps the indicator unanswered).
  'POST /programme/assessments/:id/indicators/:indicatorId': {
    path: (c) => `/programme/assessments/${c.draftAssessmentId}/indicators/${c.indicatorId}`,
    anonymous: 302,
    ok: 303,
    okFor: ASSESSORS_ONLY,
  },
  // The review steps on a finalised assessment: refused (400) for staff, 403 for its readers.
  ...Object.fromEntries(
    ['submit', 'reopen', 'finalise'].map((step) => [
      `POST /programme/assessments/:id/${step}`,
      {
        path: (c: MatrixContext) => `/programme/assessments/${c.finalisedAssessmentId}/${step}`,
        anonymous: 302,
        ok: 400,
        okFor: ASSESSORS_ONLY,
      },
    ]),
  ),
  // An empty comment: the form again (400) for whoever reads the assessment.
  'POST /programme/assessments/:id/comments': {
    path: (c) => `/programme/assessments/${c.draftAssessmentId}/comments`,
    anonymous: 302,
    ok: 400,
    okFor: KEN_ASSESSMENT,
  },
  'GET /programme/indicators': { anonymous: 302 },
  'GET /programme/indicators/new': { anonymous: 302 },
  'POST /programme/indicators': { anonymous: 302, ok: 400 },
  'GET /programme/indicators/:id': {
    path: (c) => `/programme/indicators/${c.indicatorId}`,
    anonymous: 302,
  },
  'POST /programme/indicators/:id': {
    path: (c) => `/programme/indicators/${c.indicatorId}`,
    anonymous: 302,
    ok: 400,
  },
  'GET /conversations': { anonymous: 302 },
  'POST /conversations': { anonymous: 302, ok: 400 },
  'POST /conversations/read': { anonymous: 302 },
  'GET /conversations/new': { anonymous: 302 },
  'GET /conversations/people.json': { path: '/conversations/people.json?q=a', anonymous: 302 },
  'GET /conversations/:id': {
    path: (c) => `/conversations/${c.conversationId}?page=1`,
    anonymous: 302,
    ok: NOT_PARTICIPANT,
  },
  'POST /conversations/:id/messages': {
    path: (c) => `/conversations/${c.conversationId}/messages`,
    anonymous: 302,
    ok: NOT_PARTICIPANT,
  },
  'POST /conversations/:id/read': {
    path: (c) => `/conversations/${c.conversationId}/read`,
    anonymous: 302,
    ok: 400,
  },
  'POST /conversations/:id/participants': {
    path: (c) => `/conversations/${c.conversationId}/participants`,
    anonymous: 302,
    ok: NOT_PARTICIPANT,
  },
  'POST /conversations/:id/leave': {
    path: (c) => `/conversations/${c.conversationId}/leave`,
    anonymous: 302,
    ok: NOT_PARTICIPANT,
  },
  'GET /conversations/:id/messages/:messageId/edit': {
    path: (c) => `/conversations/${c.conversationId}/messages/${c.messageId}/edit`,
    anonymous: 302,
    ok: NOT_PARTICIPANT,
  },
  'POST /conversations/:id/messages/:messageId/edit': {
    path: (c) => `/conversations/${c.conversationId}/messages/${c.messageId}/edit`,
    anonymous: 302,
    ok: NOT_PARTICIPANT,
  },
} satisfies Record<string, RouteRule>);

/**
 * A State's roadmap (KEN's, the roles' own State): its people read it, staff and admins edit it,
 * the focal point moves a step's status. Experts assigned to no State and partners the roadmap
 * was not shared with get 404, as for a roadmap that is not there.
 */
const NOT_KENS: Partial<Record<Role, number>> = { expert: 404, partner: 404 };
/** Staff's forms: the State's people get 403 (they see the roadmap, may not write it). */
const ROADMAP_STAFF: Partial<Record<Role, number>> = {
  ...NOT_KENS,
  'focal-point': 403,
  official: 403,
};

Object.assign(MATRIX, {
  'GET /states/:code/roadmap': { path: '/states/KEN/roadmap', anonymous: 302, okFor: NOT_KENS },
  // An empty form: the page again with its messages (400), for those who may see it.
  'POST /states/:code/roadmap/draft': {
    path: '/states/KEN/roadmap/draft',
    anonymous: 302,
    ok: 400,
    okFor: NOT_KENS,
  },
  'GET /states/:code/roadmap/steps/new': {
    path: '/states/KEN/roadmap/steps/new',
    anonymous: 302,
    okFor: ROADMAP_STAFF,
  },
  'POST /states/:code/roadmap/steps': {
    path: '/states/KEN/roadmap/steps',
    anonymous: 302,
    ok: 400,
    okFor: ROADMAP_STAFF,
  },
  'GET /states/:code/roadmap/steps/:stepId': {
    path: (c) => `/states/KEN/roadmap/steps/${c.roadmapStepId}`,
    anonymous: 302,
    okFor: NOT_KENS,
  },
  'GET /states/:code/roadmap/steps/:stepId/edit': {
    path: (c) => `/states/KEN/roadmap/steps/${c.roadmapStepId}/edit`,
    anonymous: 302,
    okFor: ROADMAP_STAFF,
  },
  'POST /states/:code/roadmap/steps/:stepId/edit': {
    path: (c) => `/states/KEN/roadmap/steps/${c.roadmapStepId}/edit`,
    anonymous: 302,
    ok: 400,
    okFor: ROADMAP_STAFF,
  },
  // The status and link forms sit on the step's page: an empty form redraws it (400).
  'POST /states/:code/roadmap/steps/:stepId/status': {
    path: (c) => `/states/KEN/roadmap/steps/${c.roadmapStepId}/status`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_KENS,
  },
  'POST /states/:code/roadmap/steps/:stepId/links': {
    path: (c) => `/states/KEN/roadmap/steps/${c.roadmapStepId}/links`,
    anonymous: 302,
    ok: 400,
    okFor: NOT_KENS,
  },
  // A link that is not there: staff get 404; the State's people are refused before (403).
  'POST /states/:code/roadmap/steps/:stepId/links/:linkId/remove': {
    path: (c) => `/states/KEN/roadmap/steps/${c.roadmapStepId}/links/999999/remove`,
    anonymous: 302,
    ok: 404,
    okFor: { 'focal-point': 403, official: 403 },
  },
} satisfies Record<string, RouteRule>);

/**
 * The Pool of Experts (issue 9 §4). Here with rows that do not exist (the pages of real rows,
 * for every role and for an expert before, during and after an engagement, are in
 * test/experts-access.e2e-spec.ts). Staff pages answer 403 to the area's other roles.
 */
const NOT_STAFF: Partial<Record<Role, number>> = { 'focal-point': 403, official: 403, expert: 403 };
const EXPERT_ONLY: Partial<Record<Role, number>> = {
  admin: 403,
  staff: 403,
  'focal-point': 403,
  official: 403,
};
Object.assign(MATRIX, {
  'GET /experts': { anonymous: 302 },
  // A form of someone else's part answers 403 or 404 before its fields are looked at.
  'GET /experts/profile': { anonymous: 302, okFor: EXPERT_ONLY },
  'POST /experts/profile': { anonymous: 302, ok: 400, okFor: EXPERT_ONLY },
  'POST /experts/profile/availability': { anonymous: 302, ok: 400, okFor: EXPERT_ONLY },
  'POST /experts/profile/availability/:periodId/delete': {
    path: '/experts/profile/availability/999999/delete',
    anonymous: 302,
    ok: 404,
    okFor: EXPERT_ONLY,
  },
  'GET /experts/hours.csv': { anonymous: 302, okFor: EXPERT_ONLY },
  'GET /experts/figures': { anonymous: 302, okFor: NOT_STAFF },
  'GET /experts/pool/:id': {
    path: '/experts/pool/999999',
    anonymous: 302,
    ok: 404,
    okFor: NOT_STAFF,
  },
  'POST /experts/pool/:id/status': {
    path: '/experts/pool/999999/status',
    anonymous: 302,
    ok: 404,
    okFor: NOT_STAFF,
  },
  'GET /experts/requests': { anonymous: 302 },
  'GET /experts/requests/new': { anonymous: 302, okFor: { official: 403, expert: 403 } },
  'POST /experts/requests': { anonymous: 302, ok: 400, okFor: { official: 403, expert: 403 } },
  'GET /experts/requests/:id': { path: '/experts/requests/999999', anonymous: 302, ok: 404 },
  'POST /experts/requests/:id/propose': {
    path: '/experts/requests/999999/propose',
    anonymous: 302,
    ok: 404,
  },
  'GET /experts/engagements/:id': { path: '/experts/engagements/999999', anonymous: 302, ok: 404 },
  ...Object.fromEntries(
    ['accept', 'decline', 'confirm', 'close', 'cancel', 'sessions', 'feedback', 'reply'].map(
      (step) => [
        `POST /experts/engagements/:id/${step}`,
        { path: `/experts/engagements/999999/${step}`, anonymous: 302, ok: 404 },
      ],
    ),
  ),
} satisfies Record<string, RouteRule>);

// The programme dashboard and its reports (staff, admins, partners); the CSV exports (staff and
// admins); one State's roadmap report: the roles' State users belong to KEN, an expert assigned
// to no State and a partner it is not shared with may not open it (404).
Object.assign(MATRIX, {
  'GET /programme': { anonymous: 302 },
  'GET /programme/overview.pdf': { anonymous: 302 },
  'GET /programme/exports/states.csv': { anonymous: 302 },
  'GET /programme/exports/steps.csv': { anonymous: 302 },
  'GET /programme/states/:code/report.pdf': {
    path: '/programme/states/KEN/report.pdf',
    anonymous: 302,
    okFor: { expert: 404, partner: 404 },
  },
} satisfies Record<string, RouteRule>);

/** A course that is not there: every role of the area gets 404 (staff's pages too). */
const NO_COURSE = '/training/courses/999999';
const NO_MANAGED = '/training/manage/999999';

Object.assign(MATRIX, {
  'GET /training': { anonymous: 302 },
  'GET /training/courses/:courseId': { path: NO_COURSE, anonymous: 302, ok: 404 },
  'POST /training/courses/:courseId/enrol': { path: `${NO_COURSE}/enrol`, anonymous: 302, ok: 404 },
  'GET /training/courses/:courseId/lessons/:lessonKey': {
    path: `${NO_COURSE}/lessons/abc`,
    anonymous: 302,
    ok: 404,
  },
  'POST /training/courses/:courseId/lessons/:lessonKey/done': {
    path: `${NO_COURSE}/lessons/abc/done`,
    anonymous: 302,
    ok: 404,
  },
  'GET /training/courses/:courseId/quizzes/:quiz': {
    path: `${NO_COURSE}/quizzes/1`,
    anonymous: 302,
    ok: 404,
  },
  'POST /training/courses/:courseId/quizzes/:quiz': {
    path: `${NO_COURSE}/quizzes/1`,
    anonymous: 302,
    ok: 404,
  },
  'GET /training/courses/:courseId/attempts/:attemptId': {
    path: `${NO_COURSE}/attempts/1`,
    anonymous: 302,
    ok: 404,
  },
  'GET /training/courses/:courseId/certificate.pdf': {
    path: `${NO_COURSE}/certificate.pdf`,
    anonymous: 302,
    ok: 404,
  },
  'GET /training/courses/:courseId/files/:resourceId': {
    path: `${NO_COURSE}/files/1`,
    anonymous: 302,
    ok: 404,
  },
  'GET /training/manage': { anonymous: 302 },
  'GET /training/manage/new': { anonymous: 302 },
  'POST /training/manage': { anonymous: 302, ok: 400 },
  'GET /training/manage/:courseId': { path: NO_MANAGED, anonymous: 302, ok: 404 },
  'POST /training/manage/:courseId': { path: NO_MANAGED, anonymous: 302, ok: 404 },
  'POST /training/manage/:courseId/publish': {
    path: `${NO_MANAGED}/publish`,
    anonymous: 302,
    ok: 404,
  },
  'POST /training/manage/:courseId/enrol': { path: `${NO_MANAGED}/enrol`, anonymous: 302, ok: 404 },
  'GET /training/manage/:courseId/progress': {
    path: `${NO_MANAGED}/progress`,
    anonymous: 302,
    ok: 404,
  },
  'GET /training/manage/:courseId/progress.csv': {
    path: `${NO_MANAGED}/progress.csv`,
    anonymous: 302,
    ok: 404,
  },
  'GET /training/team': { anonymous: 302 },
  'POST /training/team/enrol': { anonymous: 302, ok: 400 },
  'GET /training/verify': { anonymous: 302 },
  'GET /training/verify/:code': {
    path: '/training/verify/AAAAA-BBBBB-CCCCC-DDDDD',
    anonymous: 302,
    ok: 404,
  },
} satisfies Record<string, RouteRule>);

const REQUIRES_TWO_FACTOR = new Set<Role>(['admin', 'staff', 'piu-analyst']);

describe('authorisation matrix', () => {
  let t: TestApp;
  let access: Map<string, RouteAccess>;
  const agents = new Map<Who, Agent>();
  const context: MatrixContext = {
    targetUserId: 0,
    analystId: 0,
    iwgId: 0,
    categoryId: 0,
    threadId: 0,
    postId: 0,
    meetingId: 0,
    actionId: 0,
    conversationId: 0,
    messageId: 0,
    draftAssessmentId: 0,
    finalisedAssessmentId: 0,
    indicatorId: 0,
    roadmapStepId: 0,
  };

  beforeAll(async () => {
    t = await startTestApp();
    access = declaredAccess(t.app);
    agents.set('anonymous', agentFor(t.server));
    context.targetUserId = (await createUser(t.dataSource, { role: 'official' })).id;
    context.analystId = (
      await createUser(t.dataSource, { role: 'piu-analyst', org: 'KEN', withTwoFactor: true })
    ).id;
    const iwg = await createIwg(t, 'EAF', ['KEN', 'UGA']);
    const author = await t.app
      .get(UsersService)
      .findAuthenticated((await createUser(t.dataSource, { role: 'staff' })).id);
    const general = await t.dataSource
      .getRepository(ForumCategory)
      .findOneByOrFail({ iwgId: iwg.id, kind: 'general' });
    const posted = await t.app
      .get(ForumPostingService)
      .createThread(actorFor(author!), iwg.id, { categoryId: general.id, title: 'T', body: 'B' });
    const meeting = await t.app.get(MeetingsService).schedule(actorFor(author!), iwg.id, {
      title: 'M',
      startsAt: '2030-01-10T10:00',
      endsAt: '2030-01-10T12:00',
      timeZone: 'UTC',
      mode: 'online',
      onlineUrl: 'https://meet.example.org/m',
    });
    const owner = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    const { item } = await t.app
      .get(ActionItemsService)
      .add(actorFor(author!), iwg.id, meeting.id, {
        title: 'A',
        ownerId: owner.id,
        dueOn: '2030-01-20',
      });
    Object.assign(context, {
      iwgId: iwg.id,
      categoryId: general.id,
      threadId: posted.thread.id,
      postId: posted.post.id,
      meetingId: meeting.id,
      actionId: item.id,
    });
    const target = await createUser(t.dataSource, { role: 'official', org: 'KEN' });
    const sent = await t.app
      .get(ConversationsService)
      .start(actorFor(author!), { recipients: target.email, body: 'Private' });
    Object.assign(context, { conversationId: sent.conversation.id, messageId: sent.message.id });
    const assessments = t.app.get(AssessmentsService);
    const draft = await assessments.create(actorFor(author!), { state: 'KEN', title: 'Draft' });
    const finalised = await assessments.create(actorFor(author!), { state: 'KEN', title: 'Done' });
    const questions = await t.dataSource
      .getRepository(AssessmentAnswer)
      .findBy({ assessmentId: finalised.id });
    for (const question of questions)
      await assessments.answer(actorFor(author!), finalised.id, question.indicatorId, {
        level: '2',
      });
    await assessments.submit(actorFor(author!), finalised.id);
    await assessments.finalise(actorFor(author!), finalised.id);
    Object.assign(context, {
      draftAssessmentId: draft.id,
      finalisedAssessmentId: finalised.id,
      indicatorId: questions[0].indicatorId,
    });
    const step = await t.app.get(RoadmapEditing).create(actorFor(author!), 'KEN', {
      pillar: 'piu',
      title: 'S',
      startOn: '2030-01-01',
      dueOn: '2030-06-30',
      status: 'not-started',
      weight: 1,
      dependsOn: [],
    });
    context.roadmapStepId = step.id;
    for (const role of ROLES) {
      const user = await createUser(t.dataSource, {
        role,
        withTwoFactor: REQUIRES_TWO_FACTOR.has(role),
      });
      const agent = agentFor(t.server);
      await signIn(agent, user);
      agents.set(role, agent);
    }
  });
  afterAll(() => t.close());

  it('has an entry for every route the app serves, and none for a route that is gone', () => {
    const served = listRoutes(t.app);
    expect(served.filter((route) => !(route in MATRIX))).toEqual([]);
    expect(Object.keys(MATRIX).filter((route) => !served.includes(route))).toEqual([]);
  });

  it('finds a declaration for every route: public, or in an area', () => {
    const undeclared = listRoutes(t.app).filter((route) => {
      const declared = access.get(route);
      return !declared || (!declared.public && declared.roles === 'none');
    });
    expect(undeclared).toEqual([]);
  });

  const cases = Object.entries(MATRIX).flatMap(([route, rule]) =>
    (['anonymous', ...ROLES] as Who[]).map((who) => [route, who, rule] as const),
  );

  it.each(cases)('%s as %s', async (route, who, rule) => {
    const [method, pattern] = route.split(' ');
    const path = typeof rule.path === 'function' ? rule.path(context) : (rule.path ?? pattern);
    // POST /logout would end the role's shared session: give it a session of its own.
    let agent = agents.get(who)!;
    if (route === 'POST /logout' && who !== 'anonymous') {
      agent = agentFor(t.server);
      await signIn(
        agent,
        await createUser(t.dataSource, { role: who, withTwoFactor: REQUIRES_TWO_FACTOR.has(who) }),
      );
    }
    // The token first: supertest reads the agent's cookies when the request is created.
    const token = method === 'GET' ? '' : await csrfFrom(agent, '/login');
    const response =
      method === 'GET'
        ? await agent.get(path)
        : await agent.post(path).type('form').send({ _csrf: token });
    const status = response.status;
    if (who === 'anonymous') {
      expect(status).toBe(rule.anonymous);
      if (status === 302) expect(response.headers.location).toMatch(/^\/login/);
      return;
    }
    const declared = access.get(route)!;
    const areaRoles = declared.public ? 'all' : declared.roles;
    const allowed = areaRoles === 'all' || (areaRoles !== 'none' && areaRoles.includes(who));
    if (!allowed) {
      expect(status).toBe(rule.denied ?? declared.denied);
    } else if (rule.okFor?.[who] !== undefined || rule.ok !== undefined || method === 'GET') {
      expect(status).toBe(rule.okFor?.[who] ?? rule.ok ?? 200);
    } else {
      expect([302, 403, 404]).not.toContain(status);
    }
  });
});
