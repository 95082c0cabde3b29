/**
 * The database as TypeScript sees it. Identifiers are camelCase here and snake_case in
 * SQL (Kysely's CamelCasePlugin translates). Row types are derived with
 * Selectable/Insertable/Updateable, never written by hand. A numeric column reads as
 * text and is written as DecimalText; a jsonb column reads as a value and is written as
 * JsonText: values.ts makes both.
 */
import type { GradeBands, Role, Rubric } from '@kaohe/domain';
import type {
  ColumnType,
  Generated,
  GeneratedAlways,
  Insertable,
  Kysely,
  Selectable,
  Transaction,
  Updateable,
} from 'kysely';
import type { DecimalText, JsonText, JsonValue } from './values.ts';

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Decimal = ColumnType<string, DecimalText, DecimalText>;
type Json<T> = ColumnType<T, JsonText<T>, JsonText<T>>;
/** A counter every update bumps; optimistic concurrency compares it. */
type Version = ColumnType<number, number | undefined, number>;

export const RUBRIC_STATUSES = ['draft', 'published', 'archived'] as const;
export type RubricStatus = (typeof RUBRIC_STATUSES)[number];

/** One deadline per stage of an assessment's life (brief: "deadlines per stage"). */
export const DEADLINE_STAGES = ['selfScoring', 'review', 'bonus', 'finalApproval'] as const;
export type DeadlineStage = (typeof DEADLINE_STAGES)[number];

export const REVIEW_STATUSES = ['pending', 'scored', 'returned'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export const INDICATOR_SOURCES = ['self', 'review'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export interface DepartmentsTable {
  id: string;
  name: string;
  isChairmanOffice: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UnitTypesTable {
  id: string;
  name: string;
}

export interface UnitsTable {
  id: string;
  name: string;
  unitTypeId: string;
  memberCount: ColumnType<number, number | undefined, number>;
  active: ColumnType<boolean, boolean | undefined, boolean>;
}

export interface UsersTable {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  role: Role;
  unitId: string | null;
  departmentId: string | null;
  active: ColumnType<boolean, boolean | undefined, boolean>;
  mustChangePassword: ColumnType<boolean, boolean | undefined, boolean>;
  createdAt: GeneratedTimestamp;
  /** 手机 from the organisation workbook (migration 0012); optional. */
  phone: ColumnType<string | null, string | null | undefined, string | null>;
  /** 邮箱: from the workbook or the admin; where copies of 站内消息 go (migration 0013); none when null. */
  email: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface SessionsTable {
  /** sha-256 of the session token: a stolen database does not yield live tokens. */
  id: string;
  userId: string;
  createdAt: GeneratedTimestamp;
  lastSeenAt: GeneratedTimestamp;
  expiresAt: Timestamp;
  revokedAt: Timestamp | null;
  ip: string | null;
  userAgent: string | null;
}

export interface LoginAttemptsTable {
  id: Generated<number>;
  /** lower-cased, so throttling is not dodged by changing case */
  username: string;
  ip: string | null;
  at: GeneratedTimestamp;
  succeeded: boolean;
}

export interface RubricsTable {
  id: string;
  year: number;
  status: ColumnType<RubricStatus, RubricStatus | undefined, RubricStatus>;
  document: Json<Rubric>;
  version: Version;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
  publishedAt: Timestamp | null;
}

export interface RubricItemsTable {
  rubricId: string;
  itemId: string;
  number: number;
  categoryId: string;
  baseScore: Decimal;
  /** 工作对应部门 in table order: the first leads. */
  departments: string[];
  /** The departments that judge at least one criterion (domain `reviewingDepartments`). */
  reviewingDepartments: string[];
}

export interface CyclesTable {
  id: string;
  year: number;
  rubricId: string;
  name: string;
  version: Version;
  createdAt: GeneratedTimestamp;
}

export interface CycleDeadlinesTable {
  cycleId: string;
  stage: DeadlineStage;
  dueAt: Timestamp;
}

export interface CycleUnitsTable {
  cycleId: string;
  unitId: string;
  /** The unit's type when the cycle began: thresholds pick their target by it all year. */
  unitTypeId: string;
}

export interface AssessmentsTable {
  id: string;
  cycleId: string;
  unitId: string;
  stage: string;
  machineVersion: number;
  /** The workflow machine's persisted snapshot, opaque to this package. */
  snapshot: Json<JsonValue>;
  version: Version;
  submittedAt: Timestamp | null;
  approvedAt: Timestamp | null;
  createdAt: GeneratedTimestamp;
  updatedAt: GeneratedTimestamp;
}

export interface ItemScoresTable {
  assessmentId: string;
  itemId: string;
  baseScore: Decimal;
  selfInputs: Json<JsonValue> | null;
  selfScore: Decimal | null;
  explanation: string | null;
  /** The item's combined review score (考评分) across its reviewing departments. */
  reviewScore: Decimal | null;
  version: Version;
  updatedAt: GeneratedTimestamp;
}

/** Maintained by the database (a foreign key, a trigger); TypeScript can read, not write. */
type DatabaseCopy<T> = ColumnType<T, never, never>;

export interface ItemReviewsTable {
  assessmentId: string;
  itemId: string;
  departmentId: string;
  /** The assessment's cycle, for the review grid's index. */
  cycleId: ColumnType<string, string, never>;
  /** Copy of item_scores.self_score, for the review grid. */
  selfScore: DatabaseCopy<string | null>;
  /** Copy of item_scores.review_score (the combined score), for the review grid. */
  itemReviewScore: DatabaseCopy<string | null>;
  reviewInputs: Json<JsonValue> | null;
  /** This department's share: the criteria it judges. */
  reviewScore: Decimal | null;
  remarks: string | null;
  reviewerId: string | null;
  status: ColumnType<ReviewStatus, ReviewStatus | undefined, ReviewStatus>;
  returnedReason: string | null;
  returnDeadline: Timestamp | null;
  version: Version;
  updatedAt: GeneratedTimestamp;
}

export interface IndicatorValuesTable {
  assessmentId: string;
  indicatorId: string;
  source: IndicatorSource;
  numerator: number;
  denominator: number;
  version: Version;
  updatedAt: GeneratedTimestamp;
}

export interface BonusAwardsTable {
  id: string;
  assessmentId: string;
  bonusItemId: string;
  points: Decimal;
  reason: string;
  awardedBy: string;
  awardedAt: GeneratedTimestamp;
  revokedAt: Timestamp | null;
  revokedBy: string | null;
  revokeReason: string | null;
}

/** 等次 bands of one unit type in one cycle (migration 0011): the domain's GradeBands. */
export interface GradeBandsTable {
  cycleId: string;
  unitTypeId: string;
  bands: Json<GradeBands>;
  version: Version;
  updatedBy: string;
  updatedAt: GeneratedTimestamp;
}

/** 不予评先 by hand (migration 0011): lifted with a reason, never deleted. */
export interface HonoursBarsTable {
  id: string;
  assessmentId: string;
  condition: string;
  reason: string;
  barredBy: string;
  barredAt: GeneratedTimestamp;
  liftedAt: Timestamp | null;
  liftedBy: string | null;
  liftReason: string | null;
}

export interface EvidenceTable {
  id: string;
  assessmentId: string;
  itemId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
  /** Lower-case hex sha-256 of the content. */
  sha256: string;
  storagePath: string;
  uploadedBy: string;
  uploadedAt: GeneratedTimestamp;
  deletedAt: Timestamp | null;
  deletedBy: string | null;
}

export interface NotificationsTable {
  id: string;
  /** Exactly one target: a user, every user of a unit, or every user of a department. */
  userId: string | null;
  unitId: string | null;
  departmentId: string | null;
  kind: string;
  payload: Json<JsonValue>;
  createdAt: GeneratedTimestamp;
  /** A reminder's identity: the same key is written once (migrations/0013-messages-mail.ts). */
  dedupeKey: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Read state per user: a notification to a department is read by each member separately. */
export interface NotificationReadsTable {
  notificationId: string;
  userId: string;
  readAt: GeneratedTimestamp;
}

export interface AuditEventsTable {
  id: Generated<number>;
  at: GeneratedTimestamp;
  actorUserId: string | null;
  actorRole: string | null;
  action: string;
  entityType: string;
  entityId: string;
  assessmentId: string | null;
  before: Json<JsonValue> | null;
  after: Json<JsonValue> | null;
  reason: string | null;
  /** The rubric item the event belongs to, computed by the database: migrations/0006-audit-item.ts. */
  itemId: GeneratedAlways<string | null>;
}

/** One category's kept subtotals, hundredths; null before any score of it. */
export interface CategoryTotalJson {
  categoryId: string;
  self: number | null;
  review: number | null;
}

/**
 * Kept totals of one assessment in hundredths (migrations/0015-assessment-totals.ts),
 * written only by totals-repository.ts in the transaction of the write that changed them.
 */
export interface AssessmentTotalsTable {
  assessmentId: string;
  cycleId: string;
  selfSubtotal: number | null;
  /** 合计 */
  reviewSubtotal: number | null;
  /** 加分 after the caps. */
  bonus: number;
  /** The live awards before the caps; null without any. */
  awarded: number | null;
  /** 总计 = 合计 + 加分 */
  total: number | null;
  categories: Json<CategoryTotalJson[]>;
  updatedAt: GeneratedTimestamp;
}

/** 公示 of a cycle's results (issue 14): migrations/0010-publication-appeals.ts. */
export interface PublicationsTable {
  id: string;
  cycleId: string;
  /** null: every unit type of the cycle. */
  unitTypeId: string | null;
  periodStart: Timestamp;
  periodEnd: Timestamp;
  showRanking: ColumnType<boolean, boolean | undefined, boolean>;
  publishedBy: string;
  publishedAt: GeneratedTimestamp;
  finalisedBy: string | null;
  finalisedAt: Timestamp | null;
}

export interface PublicationAssessmentsTable {
  publicationId: string;
  assessmentId: string;
}

export const APPEAL_STATUSES = ['filed', 'answered', 'decided'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_ANSWERS = ['upheld', 'changed'] as const;
export type AppealAnswer = (typeof APPEAL_ANSWERS)[number];
export const APPEAL_DECISIONS = ['confirmed', 'otherwise'] as const;
export type AppealDecision = (typeof APPEAL_DECISIONS)[number];
/** An appeal's target that is not an item: the 加分项. */
export const BONUS_TARGET = 'bonus';

/** 申诉: a unit's objection to one item (or the bonus) of its published result. */
export interface AppealsTable {
  id: string;
  publicationId: string;
  assessmentId: string;
  /** An item id, or BONUS_TARGET. */
  target: string;
  reason: string;
  evidenceIds: ColumnType<string[], string[] | undefined, string[]>;
  status: ColumnType<AppealStatus, AppealStatus | undefined, AppealStatus>;
  filedBy: string;
  filedAt: Timestamp;
  answer: AppealAnswer | null;
  answerRemark: string | null;
  answerDepartmentId: string | null;
  scoreBefore: Decimal | null;
  scoreAfter: Decimal | null;
  answeredBy: string | null;
  answeredAt: Timestamp | null;
  decision: AppealDecision | null;
  decisionReason: string | null;
  decidedBy: string | null;
  decidedAt: Timestamp | null;
  version: Version;
}

/** A refused attempt (FORBIDDEN, UNAUTHENTICATED): migrations/0002-security-events.ts. */
export interface SecurityEventTable {
  id: Generated<number>;
  at: GeneratedTimestamp;
  actorUserId: string | null;
  actorRole: string | null;
  procedure: string;
  targetId: string | null;
  code: string;
  reason: string;
  ip: string | null;
}

export const MAIL_STATUSES = ['pending', 'sending', 'sent', 'failed'] as const;
export type MailStatus = (typeof MAIL_STATUSES)[number];

/** One email copy of a message: written with the message, sent after commit (mail-outbox-repository.ts). */
export interface MailOutboxTable {
  id: string;
  notificationId: string | null;
  userId: string | null;
  toAddress: string;
  subject: string;
  body: string;
  status: ColumnType<MailStatus, MailStatus | undefined, MailStatus>;
  attempts: ColumnType<number, number | undefined, number>;
  nextAttemptAt: GeneratedTimestamp;
  claimedUntil: Timestamp | null;
  lastError: string | null;
  createdAt: GeneratedTimestamp;
  sentAt: Timestamp | null;
}

export interface Database {
  departments: DepartmentsTable;
  unitTypes: UnitTypesTable;
  units: UnitsTable;
  users: UsersTable;
  sessions: SessionsTable;
  loginAttempts: LoginAttemptsTable;
  rubrics: RubricsTable;
  rubricItems: RubricItemsTable;
  cycles: CyclesTable;
  cycleDeadlines: CycleDeadlinesTable;
  cycleUnits: CycleUnitsTable;
  assessments: AssessmentsTable;
  itemScores: ItemScoresTable;
  itemReviews: ItemReviewsTable;
  indicatorValues: IndicatorValuesTable;
  bonusAwards: BonusAwardsTable;
  gradeBands: GradeBandsTable;
  honoursBars: HonoursBarsTable;
  evidence: EvidenceTable;
  notifications: NotificationsTable;
  notificationReads: NotificationReadsTable;
  auditEvents: AuditEventsTable;
  securityEvent: SecurityEventTable;
  assessmentTotals: AssessmentTotalsTable;
  publications: PublicationsTable;
  publicationAssessments: PublicationAssessmentsTable;
  appeals: AppealsTable;
  mailOutbox: MailOutboxTable;
}

/** What every repository function takes first: the database or a transaction on it. */
export type DbOrTx = Kysely<Database> | Transaction<Database>;

export type Department = Selectable<DepartmentsTable>;
export type NewDepartment = Insertable<DepartmentsTable>;
export type UnitType = Selectable<UnitTypesTable>;
export type NewUnitType = Insertable<UnitTypesTable>;
export type Unit = Selectable<UnitsTable>;
export type NewUnit = Insertable<UnitsTable>;
export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Session = Selectable<SessionsTable>;
export type NewSession = Insertable<SessionsTable>;
export type RubricRow = Selectable<RubricsTable>;
export type RubricItemRow = Selectable<RubricItemsTable>;
export type Cycle = Selectable<CyclesTable>;
export type CycleDeadline = Selectable<CycleDeadlinesTable>;
export type CycleUnit = Selectable<CycleUnitsTable>;
export type Assessment = Selectable<AssessmentsTable>;
export type AssessmentUpdate = Updateable<AssessmentsTable>;
export type ItemScoreRow = Selectable<ItemScoresTable>;
export type ItemScoreUpdate = Updateable<ItemScoresTable>;
export type ItemReviewRow = Selectable<ItemReviewsTable>;
export type ItemReviewUpdate = Updateable<ItemReviewsTable>;
export type IndicatorValue = Selectable<IndicatorValuesTable>;
export type BonusAward = Selectable<BonusAwardsTable>;
export type GradeBandsRow = Selectable<GradeBandsTable>;
export type HonoursBar = Selectable<HonoursBarsTable>;
export type Evidence = Selectable<EvidenceTable>;
export type NewEvidence = Insertable<EvidenceTable>;
export type Notification = Selectable<NotificationsTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
export type AssessmentTotalsRow = Selectable<AssessmentTotalsTable>;
export type Publication = Selectable<PublicationsTable>;
export type Appeal = Selectable<AppealsTable>;
export type MailOutboxRow = Selectable<MailOutboxTable>;
