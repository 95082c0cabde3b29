/**
 * What the organisation routes (`/api/org/…`) answer. Plain HTTP routes (a file goes up),
 * so the router cannot carry their types: the web imports these (as types) from `@kaohe/server`.
 */

/** One refused cell or row: where, and what, in both languages. */
export interface OrgProblemView {
  /** The sheet (单位, 部门, 用户); null for the file as a whole. */
  sheet: string | null;
  row: number | null;
  /** The column's header (单位编码). */
  column: string | null;
  zh: string;
  en: string;
}

/** A row the import would create or change. */
export interface OrgChangeView {
  sheet: '单位' | '部门' | '用户';
  row: number;
  kind: 'create' | 'update';
  /** The unit's or department's code, the user's account. */
  code: string;
  name: string;
  /** For an update, the columns that change (their headers). */
  fields: string[];
}

export interface OrgCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** `POST /api/org/preview` (and a refused `POST /api/org/import`, with a 400). */
export interface OrgImportPreview {
  fileName: string;
  problems: OrgProblemView[];
  /** More problems than listed: the list stopped. */
  truncated: boolean;
  summary: { units: OrgCounts; departments: OrgCounts; users: OrgCounts };
  changes: OrgChangeView[];
  changesShown: number;
  changesTotal: number;
}

/** `POST /api/org/import` when it went through. */
export interface OrgImportDone {
  summary: OrgImportPreview['summary'];
  /** How many new accounts the workbook below lists. */
  accounts: number;
  /** The accounts workbook (账号, 姓名, 单位, 初始密码), base64: given this once. */
  accountsXlsx: string;
}
