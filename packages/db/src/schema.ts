/**
 * The database as TypeScript sees it. Identifiers are camelCase here and snake_case in
 * SQL (Kysely's CamelCasePlugin translates). Row types are derived with
 * Selectable/Insertable/Updateable, never written by hand. A numeric column reads as
 * text and is written as DecimalText; a jsonb column reads as a value and is written as
 * JsonText: values.ts makes both.
 */
import type { Role, Rubric } from '@kaohe/domain';
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
  /** 手机 and 邮箱 from the organisation workbook (migration 0012); optional. */
  phone: ColumnType<string | null, string | null | undefined, string | null>;
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

export interface EvidenceTable {
  id: string;
  assessmentId: string;
  itemId: string;
  fileName: string;
  mimeType: string;
  sizeBytes: number;
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
  evidence: EvidenceTable;
  notifications: NotificationsTable;
  notificationReads: NotificationReadsTable;
  auditEvents: AuditEventsTable;
  securityEvent: SecurityEventTable;
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
export type Evidence = Selectable<EvidenceTable>;
export type NewEvidence = Insertable<EvidenceTable>;
export type Notification = Selectable<NotificationsTable>;
export type AuditEvent = Selectable<AuditEventsTable>;
export type NewAuditEvent = Insertable<AuditEventsTable>;
