import { StateRecord } from '../member-states/record/state-record.entity';
import { ProgrammeStatusChange } from '../member-states/record/programme-status-change.entity';
import { StateKeyDate } from '../member-states/record/state-key-date.entity';
import { RoadmapShare } from '../member-states/record/roadmap-share.entity';
import { AssessmentIndicator } from '../programme/assessments/indicator.entity';
import { Assessment } from '../programme/assessments/assessment.entity';
import { AssessmentAnswer } from '../programme/assessments/assessment-answer.entity';
import { AssessmentComment } from '../programme/assessments/assessment-comment.entity';
import { AssistanceRequest } from '../experts/assistance-request.entity';
import { Engagement } from '../experts/engagement.entity';
import { EngagementFeedback } from '../experts/engagement-feedback.entity';
import { ExpertAvailability } from '../experts/expert-availability.entity';
import { ExpertPoolState } from '../experts/expert-pool-state.entity';
import { ExpertProfile } from '../experts/expert-profile.entity';
import { MentoringSession } from '../experts/mentoring-session.entity';
import { AuditEvent } from '../audit/audit-event.entity';
import { RoadmapStep } from '../programme/roadmaps/roadmap-step.entity';
import { RoadmapStepChange } from '../programme/roadmaps/roadmap-step-change.entity';
import { RoadmapStepDependency } from '../programme/roadmaps/roadmap-step-dependency.entity';
import { RoadmapStepLink } from '../programme/roadmaps/roadmap-step-link.entity';
import { DocumentTemplate } from '../documents/document-template.entity';
import { DocumentTemplateVersion } from '../documents/document-template-version.entity';
import { StateDocument } from '../documents/state-document.entity';
import { StateDocumentComment } from '../documents/state-document-comment.entity';
import { StateDocumentDecision } from '../documents/state-document-decision.entity';
import { ScreeningRule } from '../piu/rules/screening-rule.entity';
import { ScreeningRuleTrial } from '../piu/rules/screening-rule-trial.entity';
import { ScreeningFlight } from '../piu/pipeline/screening-flight.entity';
import { ScreeningTraveller } from '../piu/pipeline/screening-traveller.entity';
import { ScreeningTravellerSource } from '../piu/pipeline/traveller-source.entity';
import { ScreeningHit } from '../piu/pipeline/screening-hit.entity';
import { RememberedFalseMatch } from '../piu/pipeline/remembered-false-match.entity';
import { ScreeningHitEvent } from '../piu/hits/screening-hit-event.entity';
import { ScreeningRuleVersion } from '../piu/rules/screening-rule-version.entity';
import { Session } from '../auth/sessions/session.entity';
import { OneTimeToken } from '../auth/tokens/one-time-token.entity';
import { Notification } from '../notifications/notification.entity';
import { NotificationPreference } from '../notifications/notification-preference.entity';
import { NotificationSettings } from '../notifications/notification-settings.entity';
import { NotificationPillarFollow } from '../notifications/notification-pillar-follow.entity';
import { NotificationThreadMail } from '../notifications/notification-thread-mail.entity';
import { Conversation } from '../conversations/conversation.entity';
import { ConversationMessage } from '../conversations/conversation-message.entity';
import { ConversationMessageRevision } from '../conversations/conversation-message-revision.entity';
import { ConversationParticipant } from '../conversations/conversation-participant.entity';
import { Iwg } from '../iwg/iwg.entity';
import { IwgParticipant } from '../iwg/iwg-participant.entity';
import { IwgPosition } from '../iwg/iwg-position.entity';
import { ForumCategory } from '../iwg/forum/forum-category.entity';
import { ForumPost } from '../iwg/forum/forum-post.entity';
import { ForumPostRevision } from '../iwg/forum/forum-post-revision.entity';
import { ForumReaction } from '../iwg/forum/forum-reaction.entity';
import { ForumReadMark } from '../iwg/forum/forum-read-mark.entity';
import { ForumReadState } from '../iwg/forum/forum-read-state.entity';
import { ForumThread } from '../iwg/forum/forum-thread.entity';
import { ForumWatch } from '../iwg/forum/forum-watch.entity';
import { ForumPostAttachment } from '../iwg/forum/forum-post-attachment.entity';
import { ActionItem } from '../iwg/meetings/action-item.entity';
import { Meeting } from '../iwg/meetings/meeting.entity';
import { MeetingAgendaItem } from '../iwg/meetings/meeting-agenda-item.entity';
import { IwgRegion } from '../organisations/iwg-region.entity';
import { LibraryResource } from '../library/library-resource.entity';
import { LibraryTag } from '../library/library-tag.entity';
import { LibraryVersion } from '../library/library-version.entity';
import { Organisation } from '../organisations/organisation.entity';
import { Pillar } from '../organisations/pillar.entity';
import { RecoveryCode } from '../users/recovery-code.entity';
import { SearchEntry } from '../search/search-entry.entity';
import { SearchTerm } from '../search/search-term.entity';
import { User } from '../users/user.entity';
import { Watchlist } from '../piu/watchlists/watchlist.entity';
import { WatchlistChange } from '../piu/watchlists/watchlist-change.entity';
import { WatchlistEntryRecord } from '../piu/watchlists/watchlist-entry.entity';
import { WatchlistSkippedRow } from '../piu/watchlists/watchlist-skipped-row.entity';
import { WatchlistVersionRecord } from '../piu/watchlists/watchlist-version.entity';
import { Carrier } from '../piu/ingestion/carrier.entity';
import { CarrierKey } from '../piu/ingestion/carrier-key.entity';
import { RawChunk } from '../piu/ingestion/raw-chunk.entity';
import { ScreeningMessage } from '../piu/ingestion/screening-message.entity';
import { ScreeningMessagePart } from '../piu/ingestion/screening-message-part.entity';
import { RetentionSettings } from '../piu/retention/retention-settings.entity';
import { RetentionFlight } from '../piu/retention/retention-flight.entity';
import { TrainingCertificate } from '../training/training-certificate.entity';
import { TrainingCourse } from '../training/training-course.entity';
import { TrainingCourseVersion } from '../training/training-course-version.entity';
import { TrainingEnrolment } from '../training/training-enrolment.entity';
import { TrainingLessonProgress } from '../training/training-lesson-progress.entity';
import { TrainingQuizAttempt } from '../training/training-quiz-attempt.entity';

/** Every entity of the portal: the data source and the migration generator read this list. */
export const ENTITIES = [
  AuditEvent,
  DocumentTemplate,
  DocumentTemplateVersion,
  StateDocument,
  StateDocumentComment,
  StateDocumentDecision,
  Conversation,
  ConversationMessage,
  ConversationMessageRevision,
  ConversationParticipant,
  ForumCategory,
  ForumPost,
  ForumPostRevision,
  ForumReaction,
  ForumReadMark,
  ForumReadState,
  ForumThread,
  ForumWatch,
  ForumPostAttachment,
  Iwg,
  IwgParticipant,
  IwgPosition,
  IwgRegion,
  Meeting,
  MeetingAgendaItem,
  ActionItem,
  Notification,
  NotificationPreference,
  NotificationSettings,
  NotificationPillarFollow,
  NotificationThreadMail,
  LibraryResource,
  LibraryTag,
  LibraryVersion,
  OneTimeToken,
  Organisation,
  Pillar,
  RecoveryCode,
  SearchEntry,
  SearchTerm,
  ScreeningRule,
  ScreeningRuleTrial,
  ScreeningFlight,
  ScreeningTraveller,
  ScreeningTravellerSource,
  ScreeningHit,
  RememberedFalseMatch,
  ScreeningHitEvent,
  ScreeningRuleVersion,
  Session,
  User,
  Watchlist,
  WatchlistChange,
  WatchlistEntryRecord,
  WatchlistSkippedRow,
  WatchlistVersionRecord,
  Carrier,
  CarrierKey,
  ScreeningMessage,
  ScreeningMessagePart,
  RawChunk,
  RetentionSettings,
  RetentionFlight,
  StateRecord,
  ProgrammeStatusChange,
  StateKeyDate,
  RoadmapShare,
  AssessmentIndicator,
  Assessment,
  AssessmentAnswer,
  AssessmentComment,
  RoadmapStep,
  RoadmapStepDependency,
  RoadmapStepLink,
  RoadmapStepChange,
  ExpertProfile,
  ExpertAvailability,
  AssistanceRequest,
  Engagement,
  MentoringSession,
  EngagementFeedback,
  ExpertPoolState,
  TrainingCourse,
  TrainingCourseVersion,
  TrainingEnrolment,
  TrainingLessonProgress,
  TrainingQuizAttempt,
  TrainingCertificate,
];
