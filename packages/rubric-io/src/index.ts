/**
 * @kaohe/rubric-io: the rubric's files. Read the seed's text form and the federation's
 * Word table into a rubric document with its criteria parsed into rules (each reported
 * for the admin to confirm); write and read the official xlsx layout, losslessly.
 */
export {
  DIFF_COLUMNS,
  DIFF_SHEET,
  type DiffChangeKind,
  type DiffRow,
  diffRows,
  exportRubricDiffXlsx,
} from './diff-xlsx.ts';
export { parseRubricDocx } from './docx-format.ts';
export { matchIds } from './match-ids.ts';
export {
  ACCOUNT_COLUMNS,
  ACCOUNTS_SHEET,
  type AccountRow,
  checkOrgReferences,
  DEPARTMENT_COLUMNS,
  describeOrgProblem,
  ORG_MAX_BYTES,
  ORG_MAX_PROBLEMS,
  ORG_ROLE_NAMES,
  ORG_SHEETS,
  type OrgDepartmentRow,
  type OrgExportData,
  type OrgKnown,
  type OrgProblem,
  type OrgReadResult,
  type OrgUnitRow,
  type OrgUserRow,
  type OrgWorkbook,
  readOrgWorkbook,
  UNIT_COLUMNS,
  USER_COLUMNS,
  writeAccountsWorkbook,
  writeOrgTemplate,
  writeOrgWorkbook,
} from './org-xlsx.ts';
export type {
  CriterionParseReport,
  ImportProblem,
  ImportProblemCode,
  ImportResult,
  ItemParseReport,
  ParseReport,
  ParseStatus,
  SourceFormat,
  SourceLocation,
} from './problems.ts';
export { describeLocation } from './problems.ts';
export {
  type AssessmentSheetData,
  BARRED,
  exportAssessmentXlsx,
  exportMatrixXlsx,
  exportRankingXlsx,
  exportReviewGridXlsx,
  exportTablesXlsx,
  type MatrixSheetData,
  NOT_APPROVED,
  type RankingSheetRow,
  type ReviewGridSheetData,
  scoreCell,
  type TableSheetData,
} from './report-xlsx.ts';
export {
  exportResultsNoticeDocx,
  exportResultsNoticeXlsx,
  NOTICE_COLUMNS,
  type NoticeBlock,
  noticeBlocks,
  noticeCells,
  type ResultsNoticeData,
  type ResultsNoticeRow,
} from './results-notice.ts';
export { COLUMNS, type ParseOptions } from './table.ts';
export { parseRubricText } from './text-format.ts';
export { DATA_SHEET, exportRubricXlsx, importRubricXlsx, RUBRIC_SHEET } from './xlsx-format.ts';
