/**
 * mobile-member-rules: the 2013 implementation opinion of the Working Committee of the
 * Ningxia regional organs on managing mobile Party members (流动党员), as typed, pure,
 * cited rules.
 *
 * - Clause registry: {@link OPINION_CLAUSES}, {@link ClauseId}; superior rules:
 *   {@link SUPERIOR_RULES}, {@link SuperiorRuleId}.
 * - Rules: {@link RULES}, each a {@link Rule} carrying its declaration.
 * - Decision model: {@link Decision}, {@link explain}, {@link decisionSchema}, {@link replay}.
 * - Words: {@link CATALOGS} (one per locale), {@link stepText}, {@link outcomeText}.
 * - Interpretations: {@link INTERPRETATIONS}, {@link RuleOptions}.
 * - Calendar: {@link comparePeriod}, {@link periodLastDay}, {@link addCalendarMonths},
 *   {@link meetsBound}.
 * - Bad input: {@link RuleInputError}, {@link validateInput}.
 *
 * @packageDocumentation
 */
export {
  CLAUSE_IDS,
  OPINION_CLAUSES,
  type ClauseId,
  type ClauseKind,
  type OpinionClause,
} from "./clauses/opinion.js";
export { SUPERIOR_RULES, SUPERIOR_RULE_IDS, type SuperiorRule, type SuperiorRuleId } from "./clauses/superior.js";
export {
  citationLabel,
  isCitationId,
  isClauseId,
  isSuperiorRuleId,
  lookUpCitation,
  type CitationId,
  type CitedText,
} from "./clauses/citation.js";
export {
  RuleInputError,
  isRuleInputError,
  renderPath,
  validateInput,
  type InputIssue,
  type InputIssueCode,
} from "./errors.js";
export {
  CalendarDateSchema,
  MAX_RULE_YEAR,
  MAX_YEAR,
  MIN_YEAR,
  RuleDateSchema,
  daysInMonth,
  fromDayNumber,
  isCalendarDate,
  isLeapYear,
  toDayNumber,
  type CalendarDate,
  type DateParts,
  type DayNumber,
} from "./calendar/date.js";
export {
  PeriodOptionsSchema,
  PeriodSchema,
  STATUTORY_BOUNDS,
  addCalendarMonths,
  comparePeriod,
  meetsBound,
  periodLastDay,
  type MissingDayRule,
  type MonthMeasure,
  type MonthShift,
  type Period,
  type PeriodComparison,
  type PeriodEnd,
  type PeriodOptions,
  type PeriodRelation,
  type StatutoryBound,
} from "./calendar/periods.js";
export {
  INTERPRETATIONS,
  INTERPRETATION_IDS,
  alternativesOf,
  type AlternativeOf,
  type AlternativeReading,
  type Interpretation,
  type InterpretationAlternative,
  type InterpretationAlternatives,
  type InterpretationId,
  type InterpretationRegistry,
} from "./interpretations/registry.js";
export { MemberIdSchema, NonBlankTextSchema } from "./input/text.js";
export { MAX_INPUT_DEPTH, MAX_INPUT_NODES, type UnreadableReason } from "./input/snapshot.js";
export {
  InterpretationChoicesSchema,
  RuleOptionsSchema,
  chosenAlternative,
  overridableRuleOptionsSchema,
  type InterpretationChoices,
  type OverridableRuleOptions,
  type Override,
  type RuleOptions,
} from "./interpretations/options.js";
export { decisionSchema, type DecisionV1, type StoredDecision } from "./decision/stored.js";
export { RULES, RULE_NAMES, RULE_OUTCOME_SCHEMAS, isRuleName, rulesReading } from "./rules/registry.js";
export type { ChoicesFor, Rule, RuleName, RuleOptionsFor } from "./decision/rule.js";
export {
  DECISION_SCHEMA_VERSION,
  type AlternativeOutcome,
  type Ambiguity,
  type AppliedInterpretation,
  type AppliedOverride,
  type ContestReason,
  type DecidedBy,
  type Decision,
  type Fingerprints,
  type JsonValue,
  type MessageParams,
  type SubDecision,
  type TraceStep,
} from "./decision/decision.js";
export { RULE_TITLES, explain, type ExplainLocale, type ExplainOptions } from "./decision/explain.js";
export { outcomeText, reasonText, ruleQuestion, ruleTitle, stepText, type StepContext } from "./decision/render.js";
export { replay, type ReplayDifference, type ReplayDifferenceKind, type ReplayReport } from "./decision/replay.js";
export {
  CATALOGS,
  LOCALES,
  type Bilingual,
  type Catalog,
  type ExplainWords,
  type Locale,
  type MessageId,
  type Messages,
  type RuleOutcomes,
  type RuleWords,
  type StepFound,
  type Terms,
} from "./locales/index.js";
export { DUTY_BEARER_NAMES, DUTY_TEXTS } from "./locales/names.js";
export { PARTY_ORGS, PARTY_ORG_NAMES, type PartyOrg } from "./rules/organizations.js";
export { DUTIES, DUTY_IDS, DutyIdSchema, type Duty, type DutyBearer, type DutyId } from "./rules/duties.js";
export {
  ABSENCE_DOCUMENTS,
  ABSENCE_DOCUMENT_NAMES,
  AbsenceSchema,
  DocumentForAbsenceOutcomeSchema,
  documentForAbsence,
  type Absence,
  type AbsenceDocument,
  type DocumentForAbsenceOptions,
  type DocumentForAbsenceOutcome,
} from "./rules/document-for-absence.js";
export {
  MANAGEMENT_CASES,
  MANAGEMENT_CASE_TEXT,
  ManagementFactsSchema,
  ManagementModeOutcomeSchema,
  managementMode,
  type Employment,
  type ManagementCase,
  type ManagementFacts,
  type ManagementModeOutcome,
  type PersonnelFileHolder,
} from "./rules/management-mode.js";
export {
  MemberSituationSchema,
  ReceivingOrgOutcomeSchema,
  resolveReceivingOrg,
  type AwaitingPlacementMember,
  type AwayMember,
  type Destination,
  type MemberSituation,
  type ReceivingOrgException,
  type ReceivingOrgOutcome,
  type ResolveReceivingOrgOptions,
  type RestructuredMember,
  type RetiredMember,
  type RetireeCase,
  type RetireeMember,
} from "./rules/resolve-receiving-org.js";
export {
  LiaisonAssignmentOutcomeSchema,
  LiaisonBranchSchema,
  MEMBERS_PER_LIAISON,
  assignmentOf,
  liaisonAssignment,
  type BranchOfficer,
  type BranchRole,
  type LiaisonAssignmentOutcome,
  type LiaisonBranch,
  type LiaisonLoad,
} from "./rules/liaison-assignment.js";
export {
  OBLIGATION_KINDS,
  ObligationSchema,
  ReportingScheduleOutcomeSchema,
  SCHEDULE_PARTY_NAMES,
  ScheduleFactsSchema,
  reportingSchedule,
  type DoneRecord,
  type Obligation,
  type ObligationKind,
  type ObligationStatus,
  type ReportingScheduleOutcome,
  type ScheduleFacts,
  type ScheduleParty,
} from "./rules/reporting-schedule.js";
export {
  ICALENDAR_PROPERTIES,
  ICALENDAR_UID_DOMAIN,
  scheduleToICalendar,
  type ICalendarOptions,
} from "./rules/schedule-icalendar.js";
export {
  ACTIVITY_CARD_STATES,
  APPRAISAL_GRADES,
  APPRAISAL_GRADE_NAMES,
  AppraisalFindingsSchema,
  AppraisalRecordSchema,
  CORRECTION_STAGES,
  DEFAULT_GRADING_STANDARD,
  EDUCATION_STAGES,
  EVALUATION_STATUSES,
  EvaluationOutcomeSchema,
  HANDLINGS,
  LAPSE_CRITERIA,
  LAPSE_WARNING_MONTHS,
  GRADING_STANDARD_SOURCES,
  GradingStandardSchema,
  HANDLING_NAMES,
  evaluationGrade,
  type ActivityCardState,
  type AppraisalFindings,
  type AppraisalGrade,
  type AppraisalMonth,
  type AppraisalRecord,
  type CorrectionStage,
  type EducationStage,
  type EvaluationOptions,
  type EvaluationOutcome,
  type EvaluationStatus,
  type GradeThresholds,
  type GradingStandard,
  type Handling,
  type LapseCriterion,
  type MonthContact,
  type ThresholdSource,
} from "./rules/evaluation-grade.js";
export {
  CohortOutcomeSchema,
  CohortSchema,
  evaluationCohort,
  type Cohort,
  type CohortMember,
  type MovedDown,
  type CohortOutcome,
  type CohortResult,
} from "./rules/evaluation-cohort.js";

// The roster: every rule for every member, the worklist of a day, and what each reading changes.
export { MemberRecordSchema, ROSTER_RULE_NAMES, type MemberRecord, type RosterOutcomes, type RosterRuleName } from "./roster/member-record.js";
export {
  analyzeRoster,
  type DecidedMember,
  type MemberResult,
  type RecordIssue,
  type RefusedMember,
  type RosterAnalysis,
  type RosterOptions,
} from "./roster/analyze.js";
export {
  DUE_SOON_DAYS,
  WorkItemSchema,
  WorklistSchema,
  mergeWorklists,
  type BranchCounts,
  type BranchLiaisonFacts,
  type CommitteeCounts,
  type WorkCounts,
  type WorkItem,
  type Worklist,
} from "./roster/worklist.js";
export {
  IMPACT_EXAMPLES,
  ImpactReportSchema,
  mergeImpactReports,
  type BranchImpact,
  type FlippedMember,
  type FlippedOutcome,
  type ImpactReport,
  type MemberFlip,
  type MemberImpact,
  type ReadingImpact,
} from "./roster/impact.js";
