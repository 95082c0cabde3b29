/**
 * The organisation as a workbook (issue 15): sheets 单位, 部门 and 用户 that an admin fills
 * in to onboard a federation, the same layout written back by export, and the accounts
 * workbook that hands out initial passwords. Reading checks every cell and lists every
 * problem with its sheet, row and column in both languages; it never throws, never
 * evaluates a formula, and refuses a file that is too large before unpacking it.
 *
 * What needs the database (does a unit type exist, is a code already taken by a unit
 * not in the file) is `checkOrgReferences`, given what the database holds.
 */
import type { LocalizedText, Role } from '@kaohe/domain';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { newWorkbook, toBuffer } from './xlsx-style.ts';

export const ORG_SHEETS = {
  units: '单位',
  departments: '部门',
  users: '用户',
  instructions: '填写说明',
} as const;

export const UNIT_COLUMNS = ['单位编码', '单位名称', '单位类型'] as const;
export const DEPARTMENT_COLUMNS = ['部门编码', '部门名称'] as const;
export const USER_COLUMNS = ['账号', '姓名', '角色', '单位或部门编码', '手机', '邮箱'] as const;
export const ACCOUNT_COLUMNS = ['账号', '姓名', '单位', '初始密码'] as const;
export const ACCOUNTS_SHEET = '初始账号';

/** The roles by the names people use; 考核办 is the administrator. */
export const ORG_ROLE_NAMES: Record<Role, string> = {
  unit: '被考核单位',
  department: '职能部门',
  chairman: '主席室',
  admin: '考核办',
};

const ROLE_BY_NAME = new Map<string, Role>([
  ...Object.entries(ORG_ROLE_NAMES).map(([role, name]) => [name, role as Role] as const),
  ['考核办（管理员）', 'admin'],
  ['考核办(管理员)', 'admin'],
]);

/** The largest upload read (the file as sent) and the most it may unpack to. */
export const ORG_MAX_BYTES = 20 * 1024 * 1024;
const ORG_MAX_UNPACKED_BYTES = 400 * 1024 * 1024;
/** Rows per sheet: ten times the brief's 10,000 units. */
export const ORG_MAX_ROWS = 100_000;
/** Beyond this many problems the list stops: the file is wrong throughout. */
export const ORG_MAX_PROBLEMS = 5_000;

const CODE_MAX = 64;
const NAME_MAX = 200;
const ACCOUNT_MAX = 50;
const EMAIL_MAX = 254;
const PHONE_MAX = 30;

const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ACCOUNT_PATTERN = /^[A-Za-z0-9._-]+$/;
const PHONE_PATTERN = /^\+?[0-9][0-9 -]{4,28}[0-9]$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export interface OrgUnitRow {
  /** The worksheet row (the header is row 1). */
  row: number;
  code: string;
  name: string;
  /** As written: a unit type's name (or id), resolved by `checkOrgReferences`. */
  unitType: string;
}

export interface OrgDepartmentRow {
  row: number;
  code: string;
  name: string;
}

export interface OrgUserRow {
  row: number;
  account: string;
  name: string;
  role: Role;
  /** A unit's code for 被考核单位, a department's for 职能部门 and 主席室; null for 考核办. */
  orgCode: string | null;
  phone: string | null;
  email: string | null;
}

export interface OrgWorkbook {
  units: OrgUnitRow[];
  departments: OrgDepartmentRow[];
  users: OrgUserRow[];
}

export interface OrgProblem {
  /** The sheet's name, or null for the file as a whole. */
  sheet: string | null;
  row: number | null;
  /** The column's header (单位编码). */
  column: string | null;
  message: LocalizedText;
}

/**
 * `ok` when no cell is wrong. Either way `workbook` holds the rows that read cleanly and
 * `listed` every code the file names, so the checks against the database
 * (`checkOrgReferences`) can run on a refused file too and every problem is listed at once.
 */
export interface OrgReadResult {
  ok: boolean;
  workbook: OrgWorkbook;
  listed: { unitCodes: string[]; departmentCodes: string[] };
  problems: OrgProblem[];
  truncated: boolean;
}

/** "用户 第5行 角色：…" / "用户 row 5, 角色: …" — a problem as one line. */
export function describeOrgProblem(p: OrgProblem): LocalizedText {
  const zh: string[] = [];
  const en: string[] = [];
  if (p.sheet) {
    zh.push(`工作表「${p.sheet}」`);
    en.push(`sheet "${p.sheet}"`);
  }
  if (p.row !== null) {
    zh.push(`第${p.row}行`);
    en.push(`row ${p.row}`);
  }
  if (p.column) {
    zh.push(`「${p.column}」列`);
    en.push(`column "${p.column}"`);
  }
  return {
    zh: zh.length ? `${zh.join('')}：${p.message.zh}` : p.message.zh,
    en: en.length ? `${en.join(', ')}: ${p.message.en}` : p.message.en,
  };
}

class Problems {
  readonly list: OrgProblem[] = [];
  truncated = false;
  /** Every problem found, listed or not. */
  count = 0;
  add(sheet: string | null, row: number | null, column: string | null, message: LocalizedText) {
    this.count++;
    if (this.list.length >= ORG_MAX_PROBLEMS) {
      this.truncated = true;
      return;
    }
    this.list.push({ sheet, row, column, message });
  }
}

const fileProblem = (message: LocalizedText): OrgReadResult => ({
  ok: false,
  workbook: { units: [], departments: [], users: [] },
  listed: { unitCodes: [], departmentCodes: [] },
  problems: [{ sheet: null, row: null, column: null, message }],
  truncated: false,
});

function sizeText(limit: number): LocalizedText {
  return {
    zh: `文件超过大小上限（${Math.round(limit / 1048576)}MB）`,
    en: `The file exceeds the size limit (${Math.round(limit / 1048576)} MB)`,
  };
}

const NOT_XLSX: LocalizedText = {
  zh: '文件不是有效的 Excel（.xlsx）工作簿，请用模板填写后另存为 .xlsx',
  en: 'The file is not an Excel (.xlsx) workbook: fill in the template and save it as .xlsx',
};

/**
 * Unpacked size from the zip's directory, before anything is unpacked: a small file that
 * would inflate to gigabytes is refused here. Null when it is not a workbook's zip.
 */
async function unpackedSize(bytes: Buffer): Promise<number | null> {
  try {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
    // A zip that is not a workbook (a .docx, an archive) has no workbook part.
    if (!zip.file('xl/workbook.xml')) return null;
    let total = 0;
    for (const entry of Object.values(zip.files)) {
      // JSZip keeps each entry's declared size on its compressed data (not in its types).
      const size = (entry as unknown as { _data?: { uncompressedSize?: number } })._data
        ?.uncompressedSize;
      total += typeof size === 'number' ? size : 0;
    }
    return total;
  } catch {
    return null;
  }
}

type CellRead = { text: string } | { problem: LocalizedText };

/** A cell's value as the text typed; a formula or an error value is a problem, never evaluated. */
function readCell(cell: ExcelJS.Cell): CellRead {
  const value = cell.value;
  if (value === null || value === undefined) return { text: '' };
  if (typeof value === 'string') return { text: value };
  if (typeof value === 'number')
    return { text: Number.isInteger(value) ? String(value) : `${value}` };
  if (typeof value === 'boolean') return { text: String(value) };
  if (value instanceof Date) {
    return {
      problem: {
        zh: '单元格是日期，请改为文本',
        en: 'the cell holds a date; enter text',
      },
    };
  }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      return {
        problem: {
          zh: '单元格含公式，导入不计算公式：请复制后“选择性粘贴为数值”',
          en: 'the cell holds a formula, which import does not evaluate: paste it as a value',
        },
      };
    }
    if ('richText' in value) return { text: value.richText.map((t) => t.text).join('') };
    if ('hyperlink' in value) {
      const text = (value as { text?: unknown }).text;
      if (typeof text === 'string') return { text };
      if (text && typeof text === 'object' && 'richText' in text) {
        return { text: (text as ExcelJS.CellRichTextValue).richText.map((t) => t.text).join('') };
      }
      return { text: '' };
    }
    if ('error' in value) {
      return {
        problem: {
          zh: `单元格是错误值 ${String(value.error)}`,
          en: `the cell holds the error ${String(value.error)}`,
        },
      };
    }
  }
  return { text: String(value) };
}

interface SheetSpec<C extends readonly string[]> {
  name: string;
  columns: C;
}

type RowCells<C extends readonly string[]> = {
  row: number;
  cells: Record<C[number], string>;
  /** Columns whose cell could not be read (formula, error): already reported. */
  unreadable: Set<C[number]>;
};

/**
 * The rows of one sheet by header: columns may come in any order; extra columns are
 * ignored; blank rows are skipped. Null (and a problem) when the sheet or a column is missing.
 */
function readSheet<C extends readonly string[]>(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec<C>,
  problems: Problems,
): RowCells<C>[] | null {
  const sheet = workbook.getWorksheet(spec.name);
  if (!sheet) {
    problems.add(spec.name, null, null, {
      zh: `缺少工作表「${spec.name}」（工作表名须与模板一致）`,
      en: `The sheet "${spec.name}" is missing (sheet names must be as in the template)`,
    });
    return null;
  }
  const header = sheet.getRow(1);
  const position = new Map<string, number>();
  header.eachCell((cell, col) => {
    const read = readCell(cell);
    if ('text' in read) {
      const name = read.text.trim();
      if (name && !position.has(name)) position.set(name, col);
    }
  });
  const missing = spec.columns.filter((c) => !position.has(c));
  if (missing.length > 0) {
    for (const column of missing) {
      problems.add(spec.name, 1, column, {
        zh: `第1行缺少列标题「${column}」`,
        en: `the header row lacks the column "${column}"`,
      });
    }
    return null;
  }
  if (sheet.rowCount - 1 > ORG_MAX_ROWS) {
    problems.add(spec.name, null, null, {
      zh: `行数超过上限（${ORG_MAX_ROWS}行）`,
      en: `More rows than the limit (${ORG_MAX_ROWS})`,
    });
    return null;
  }
  const rows: RowCells<C>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    if (!row.hasValues) continue;
    const cells = {} as Record<C[number], string>;
    const unreadable = new Set<C[number]>();
    let blank = true;
    for (const column of spec.columns as readonly C[number][]) {
      const read = readCell(row.getCell(position.get(column)!));
      if ('problem' in read) {
        problems.add(spec.name, r, column, read.problem);
        unreadable.add(column);
        cells[column] = '';
        blank = false;
      } else {
        cells[column] = read.text.trim();
        if (cells[column] !== '') blank = false;
      }
    }
    if (!blank) rows.push({ row: r, cells, unreadable });
  }
  return rows;
}

interface FieldRule {
  required: boolean;
  max: number;
  pattern?: RegExp;
  patternText?: LocalizedText;
}

const CODE_RULE: FieldRule = {
  required: true,
  max: CODE_MAX,
  pattern: CODE_PATTERN,
  patternText: {
    zh: '编码只能包含字母、数字、点、下划线和连字符，并以字母或数字开头',
    en: 'a code uses letters, digits, ".", "_" and "-", starting with a letter or digit',
  },
};
const NAME_RULE: FieldRule = { required: true, max: NAME_MAX };

/** Checks one cell; returns its text when it will do, else null (and a problem). */
function field<C extends readonly string[]>(
  spec: SheetSpec<C>,
  row: RowCells<C>,
  column: C[number],
  rule: FieldRule,
  problems: Problems,
): string | null {
  if (row.unreadable.has(column)) return null;
  const text = row.cells[column];
  if (text === '') {
    if (rule.required) {
      problems.add(spec.name, row.row, column, { zh: '必填，不能为空', en: 'required' });
    }
    return null;
  }
  const length = [...text].length;
  if (length > rule.max) {
    problems.add(spec.name, row.row, column, {
      zh: `不能超过${rule.max}个字符（现有${length}个）`,
      en: `at most ${rule.max} characters (this has ${length})`,
    });
    return null;
  }
  if (rule.pattern && !rule.pattern.test(text)) {
    problems.add(spec.name, row.row, column, {
      zh: `「${text}」格式不正确：${rule.patternText!.zh}`,
      en: `"${text}" is not valid: ${rule.patternText!.en}`,
    });
    return null;
  }
  return text;
}

/** One problem per repeated key, naming the row it repeats. */
function duplicates<T extends { row: number }>(
  sheet: string,
  column: string,
  rows: T[],
  key: (r: T) => string,
  problems: Problems,
) {
  const first = new Map<string, number>();
  for (const r of rows) {
    const k = key(r);
    const seen = first.get(k);
    if (seen === undefined) {
      first.set(k, r.row);
      continue;
    }
    problems.add(sheet, r.row, column, {
      zh: `「${k}」与第${seen}行重复`,
      en: `"${k}" repeats row ${seen}`,
    });
  }
}

const UNITS = { name: ORG_SHEETS.units, columns: UNIT_COLUMNS };
const DEPARTMENTS = { name: ORG_SHEETS.departments, columns: DEPARTMENT_COLUMNS };
const USERS = { name: ORG_SHEETS.users, columns: USER_COLUMNS };

/**
 * Reads an organisation workbook: every row of every sheet is checked, and every problem
 * listed. `ok` only when there is none. Never throws.
 */
export async function readOrgWorkbook(
  buffer: Uint8Array | ArrayBuffer,
  options: { maxBytes?: number } = {},
): Promise<OrgReadResult> {
  const maxBytes = options.maxBytes ?? ORG_MAX_BYTES;
  const bytes = Buffer.from(buffer instanceof ArrayBuffer ? new Uint8Array(buffer) : buffer);
  if (bytes.length > maxBytes) return fileProblem(sizeText(maxBytes));
  if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) return fileProblem(NOT_XLSX);
  const unpacked = await unpackedSize(bytes);
  if (unpacked === null) return fileProblem(NOT_XLSX);
  if (unpacked > ORG_MAX_UNPACKED_BYTES) {
    return fileProblem({
      zh: `工作簿解压后超过${ORG_MAX_UNPACKED_BYTES / 1048576}MB，无法读取`,
      en: `The workbook unpacks to more than ${ORG_MAX_UNPACKED_BYTES / 1048576} MB and cannot be read`,
    });
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return fileProblem(NOT_XLSX);
  }
  const problems = new Problems();
  const unitCells = readSheet(workbook, UNITS, problems);
  const departmentCells = readSheet(workbook, DEPARTMENTS, problems);
  const userCells = readSheet(workbook, USERS, problems);

  const units: OrgUnitRow[] = [];
  const unitKeys: Array<{ row: number; code: string }> = [];
  for (const r of unitCells ?? []) {
    const code = field(UNITS, r, '单位编码', CODE_RULE, problems);
    const name = field(UNITS, r, '单位名称', NAME_RULE, problems);
    const unitType = field(UNITS, r, '单位类型', NAME_RULE, problems);
    if (code !== null) unitKeys.push({ row: r.row, code });
    if (code !== null && name !== null && unitType !== null) {
      units.push({ row: r.row, code, name, unitType });
    }
  }
  duplicates(ORG_SHEETS.units, '单位编码', unitKeys, (u) => u.code.toLowerCase(), problems);

  const departments: OrgDepartmentRow[] = [];
  const departmentKeys: Array<{ row: number; code: string }> = [];
  for (const r of departmentCells ?? []) {
    const code = field(DEPARTMENTS, r, '部门编码', CODE_RULE, problems);
    const name = field(DEPARTMENTS, r, '部门名称', NAME_RULE, problems);
    if (code !== null) departmentKeys.push({ row: r.row, code });
    if (code !== null && name !== null) departments.push({ row: r.row, code, name });
  }
  duplicates(
    ORG_SHEETS.departments,
    '部门编码',
    departmentKeys,
    (d) => d.code.toLowerCase(),
    problems,
  );

  const users: OrgUserRow[] = [];
  const userKeys: Array<{ row: number; account: string }> = [];
  for (const r of userCells ?? []) {
    const before = problems.count;
    const account = field(
      USERS,
      r,
      '账号',
      {
        required: true,
        max: ACCOUNT_MAX,
        pattern: ACCOUNT_PATTERN,
        patternText: {
          zh: '账号只能包含字母、数字、点、下划线和连字符',
          en: 'an account uses letters, digits, ".", "_" and "-"',
        },
      },
      problems,
    );
    if (account !== null && [...account].length < 2) {
      problems.add(ORG_SHEETS.users, r.row, '账号', {
        zh: '账号至少2个字符',
        en: 'an account needs at least 2 characters',
      });
    }
    const name = field(USERS, r, '姓名', NAME_RULE, problems);
    const roleText = field(USERS, r, '角色', NAME_RULE, problems);
    const role = roleText === null ? null : (ROLE_BY_NAME.get(roleText) ?? null);
    if (roleText !== null && role === null) {
      const names = Object.values(ORG_ROLE_NAMES).join('、');
      problems.add(ORG_SHEETS.users, r.row, '角色', {
        zh: `未知角色「${roleText}」，应为：${names}`,
        en: `unknown role "${roleText}"; use one of ${names}`,
      });
    }
    const orgCode = field(
      USERS,
      r,
      '单位或部门编码',
      { ...CODE_RULE, required: role === 'unit' || role === 'department' },
      problems,
    );
    if (role === 'admin' && orgCode !== null) {
      problems.add(ORG_SHEETS.users, r.row, '单位或部门编码', {
        zh: '考核办账号不属于单位或部门，此格应留空',
        en: 'an administrator belongs to no unit or department: leave it blank',
      });
    }
    const phone = field(
      USERS,
      r,
      '手机',
      {
        required: false,
        max: PHONE_MAX,
        pattern: PHONE_PATTERN,
        patternText: { zh: '应为电话号码（数字，可含 + - 空格）', en: 'expected a phone number' },
      },
      problems,
    );
    const email = field(
      USERS,
      r,
      '邮箱',
      {
        required: false,
        max: EMAIL_MAX,
        pattern: EMAIL_PATTERN,
        patternText: {
          zh: '应为电子邮箱地址（如 name@example.cn）',
          en: 'expected an email address',
        },
      },
      problems,
    );
    if (account !== null) userKeys.push({ row: r.row, account });
    if (problems.count === before && account !== null && name !== null && role !== null) {
      users.push({ row: r.row, account, name, role, orgCode, phone, email });
    }
  }
  duplicates(ORG_SHEETS.users, '账号', userKeys, (u) => u.account.toLowerCase(), problems);

  return {
    ok: problems.count === 0,
    workbook: { units, departments, users },
    listed: {
      unitCodes: unitKeys.map((u) => u.code),
      departmentCodes: departmentKeys.map((d) => d.code),
    },
    problems: problems.list,
    truncated: problems.truncated,
  };
}

/** What the database holds, as `checkOrgReferences` needs it. */
export interface OrgKnown {
  unitTypes: ReadonlyArray<{ id: string; name: string }>;
  /** Stored codes, and those the file lists on rows refused for another reason. */
  unitCodes: Iterable<string>;
  departmentCodes: Iterable<string>;
}

/**
 * The checks that need the database: a unit type that exists (by name or id), a user's
 * unit or department in the file or already stored. Returns the unit type id per unit row.
 */
export function checkOrgReferences(
  workbook: OrgWorkbook,
  known: OrgKnown,
): { problems: OrgProblem[]; unitTypeIds: Map<number, string> } {
  const problems = new Problems();
  const unitTypeIds = new Map<number, string>();
  const typeByKey = new Map<string, string>();
  for (const t of known.unitTypes) {
    typeByKey.set(t.id, t.id);
    typeByKey.set(t.name, t.id);
  }
  const typeNames = known.unitTypes.map((t) => t.name).join('、');
  for (const u of workbook.units) {
    const id = typeByKey.get(u.unitType);
    if (id === undefined) {
      problems.add(ORG_SHEETS.units, u.row, '单位类型', {
        zh: `单位类型「${u.unitType}」不存在，应为：${typeNames}`,
        en: `unknown unit type "${u.unitType}"; use one of ${typeNames}`,
      });
    } else {
      unitTypeIds.set(u.row, id);
    }
  }
  const units = new Set([...known.unitCodes, ...workbook.units.map((u) => u.code)]);
  const departments = new Set([
    ...known.departmentCodes,
    ...workbook.departments.map((d) => d.code),
  ]);
  for (const u of workbook.users) {
    if (u.orgCode === null) continue;
    if (u.role === 'unit' && !units.has(u.orgCode)) {
      problems.add(ORG_SHEETS.users, u.row, '单位或部门编码', {
        zh: `单位「${u.orgCode}」不存在：请先在「单位」表中列出`,
        en: `no unit "${u.orgCode}": list it in the sheet "单位" first`,
      });
    }
    if ((u.role === 'department' || u.role === 'chairman') && !departments.has(u.orgCode)) {
      problems.add(ORG_SHEETS.users, u.row, '单位或部门编码', {
        zh: `部门「${u.orgCode}」不存在：请先在「部门」表中列出`,
        en: `no department "${u.orgCode}": list it in the sheet "部门" first`,
      });
    }
  }
  return { problems: problems.list, unitTypeIds };
}

const HEADER_FILL: ExcelJS.Fill = {
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: 'FFE8EEF7' },
};

function addTable(
  workbook: ExcelJS.Workbook,
  name: string,
  columns: readonly string[],
  widths: readonly number[],
  rows: ReadonlyArray<ReadonlyArray<string | null>>,
) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  // Text format ('@'): a code such as 001 stays 001 when typed in Excel.
  sheet.columns = columns.map((header, i) => ({
    header,
    width: widths[i] ?? 16,
    style: { numFmt: '@' },
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  for (const row of rows) sheet.addRow(row.map((v) => v ?? ''));
  return sheet;
}

/** The rows to write: as read back, without their worksheet row numbers. */
export interface OrgExportData {
  units: ReadonlyArray<Omit<OrgUnitRow, 'row'>>;
  departments: ReadonlyArray<Omit<OrgDepartmentRow, 'row'>>;
  users: ReadonlyArray<Omit<OrgUserRow, 'row'>>;
}

const INSTRUCTIONS: ReadonlyArray<readonly [string, string]> = [
  ['工作表', '说明'],
  [
    '单位',
    '每行一个被考核单位。单位编码：字母、数字、点、下划线或连字符（如 D001），导入后不能修改；单位名称；单位类型：填写单位类型名称（如 区县工会、开发区工会、局（产业）工会）。',
  ],
  ['部门', '每行一个职能部门。部门编码同上；部门名称。已有部门可不列出。'],
  [
    '用户',
    '每行一个账号。账号：字母、数字、点、下划线或连字符，2–50个字符；姓名；角色：被考核单位、职能部门、主席室、考核办；单位或部门编码：被考核单位填单位编码，职能部门和主席室填部门编码，考核办留空；手机、邮箱：可不填。',
  ],
  [
    '导入规则',
    '先检查全部行，任何一行有误则不导入任何内容，并列出每个问题所在的工作表、行和列。按单位编码、部门编码和账号与已有数据匹配：相同内容不变，名称等变化则更新。重复导入同一文件不会有任何改变，也不会重新生成密码。',
  ],
  [
    '初始密码',
    '每个新账号生成一个初始密码，只在导入后的账号表中出现一次，请妥善分发；首次登录须修改密码。',
  ],
  [
    '注意',
    '不要使用公式（请粘贴为数值），不要修改工作表名和第1行的列标题；单元格内容不超过200个字符。',
  ],
];

/** The workbook of the layout: the template (no rows) or the export of what is stored. */
export async function writeOrgWorkbook(data: OrgExportData): Promise<Buffer> {
  const workbook = newWorkbook();
  addTable(
    workbook,
    ORG_SHEETS.units,
    UNIT_COLUMNS,
    [16, 36, 18],
    data.units.map((u) => [u.code, u.name, u.unitType]),
  );
  addTable(
    workbook,
    ORG_SHEETS.departments,
    DEPARTMENT_COLUMNS,
    [16, 30],
    data.departments.map((d) => [d.code, d.name]),
  );
  const users = addTable(
    workbook,
    ORG_SHEETS.users,
    USER_COLUMNS,
    [18, 14, 14, 18, 16, 28],
    data.users.map((u) => [u.account, u.name, ORG_ROLE_NAMES[u.role], u.orgCode, u.phone, u.email]),
  );
  // A drop-down of the four roles on the role column, as one range: per-cell validations
  // would make rows 2–1000 exist, and a row added by a program would land below them.
  (
    users as unknown as {
      dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
    }
  ).dataValidations.add(`C2:C${Math.max(1000, data.users.length + 500)}`, {
    type: 'list',
    allowBlank: true,
    formulae: [`"${Object.values(ORG_ROLE_NAMES).join(',')}"`],
  });
  const help = workbook.addWorksheet(ORG_SHEETS.instructions);
  help.columns = [{ width: 14 }, { width: 100 }];
  for (const line of INSTRUCTIONS) {
    const row = help.addRow([...line]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  help.getRow(1).font = { bold: true };
  return toBuffer(workbook);
}

export const writeOrgTemplate = () => writeOrgWorkbook({ units: [], departments: [], users: [] });

export interface AccountRow {
  account: string;
  name: string;
  /** The unit's or department's name; empty for an administrator. */
  unit: string;
  password: string;
}

/** The accounts workbook: each new account's initial password, shown this once. */
export async function writeAccountsWorkbook(rows: readonly AccountRow[]): Promise<Buffer> {
  const workbook = newWorkbook();
  addTable(
    workbook,
    ACCOUNTS_SHEET,
    ACCOUNT_COLUMNS,
    [18, 14, 36, 24],
    rows.map((r) => [r.account, r.name, r.unit, r.password]),
  );
  return toBuffer(workbook);
}
