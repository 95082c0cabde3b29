/**
 * 佐证材料 file types: one table of extension → the containers its real files come in,
 * checked against the first bytes of the content. A browser's declared type is not
 * trusted (it is the extension again, or nothing for .ofd and WPS files); the content is.
 * The server stores files as they are and never opens or unpacks them: these checks read
 * only the first bytes.
 */
import { DomainError, type LocalizedText } from './errors.ts';

/** How a file starts. */
export type Container = 'pdf' | 'jpeg' | 'png' | 'ole' | 'zip' | 'rar' | 'text';

const bytes = (...parts: Array<string | number[]>): number[] =>
  parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p));

const startsWith = (head: Uint8Array, signature: number[]) =>
  head.length >= signature.length && signature.every((b, i) => head[i] === b);

/** Compound File Binary: Office 97–2003 and WPS files (.doc .xls .ppt .wps .et .dps). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip's first local file header; an empty archive starts with its end record. */
const ZIP = bytes('PK', [3, 4]);
const ZIP_EMPTY = bytes('PK', [5, 6]);
const RAR4 = bytes('Rar!', [0x1a, 0x07, 0x00]);
const RAR5 = bytes('Rar!', [0x1a, 0x07, 0x01, 0x00]);
const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/**
 * Text: no control characters but tab, line breaks, form feed and escape in what was read
 * (any encoding: UTF-8 and GBK alike), or a UTF-16 byte-order mark. An executable or any
 * binary format has NUL bytes in its first kilobytes.
 */
function isText(head: Uint8Array): boolean {
  if (UTF16_BOMS.some((bom) => startsWith(head, bom))) return true;
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) {
      return false;
    }
    if (b === 0x7f) return false;
  }
  return true;
}

const CONTAINERS: Record<Container, { label: LocalizedText; matches: (h: Uint8Array) => boolean }> =
  {
    pdf: {
      label: { zh: 'PDF 文档', en: 'a PDF document' },
      matches: (h) => startsWith(h, bytes('%PDF-')),
    },
    jpeg: {
      label: { zh: 'JPEG 图片', en: 'a JPEG image' },
      matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]),
    },
    png: {
      label: { zh: 'PNG 图片', en: 'a PNG image' },
      matches: (h) => startsWith(h, bytes([0x89], 'PNG\r\n', [0x1a], '\n')),
    },
    ole: {
      label: { zh: 'Office 97-2003 或 WPS 文件', en: 'an Office 97–2003 or WPS file' },
      matches: (h) => startsWith(h, OLE),
    },
    zip: {
      label: {
        zh: 'ZIP 格式文件（如 zip、docx、xlsx、pptx、ofd）',
        en: 'a ZIP container (as zip, docx, xlsx, pptx and ofd files are)',
      },
      matches: (h) => startsWith(h, ZIP) || startsWith(h, ZIP_EMPTY),
    },
    rar: {
      label: { zh: 'RAR 压缩包', en: 'a RAR archive' },
      matches: (h) => startsWith(h, RAR4) || startsWith(h, RAR5),
    },
    text: { label: { zh: '纯文本', en: 'plain text' }, matches: isText },
  };

/** Contents worth naming when they arrive under another extension. */
const REFUSED_CONTENTS: Array<{ label: LocalizedText; matches: (h: Uint8Array) => boolean }> = [
  {
    label: { zh: '可执行程序', en: 'an executable program' },
    matches: (h) => startsWith(h, bytes('MZ')) || startsWith(h, bytes([0x7f], 'ELF')),
  },
];

export interface EvidenceType {
  /** What a file of this extension is, for messages. */
  label: LocalizedText;
  /** What the file is served as; always as an attachment. */
  mimeType: string;
  /** What real files of this extension start with. */
  containers: readonly Container[];
}

const type = (zh: string, en: string, mimeType: string, containers: Container[]) => ({
  label: { zh, en },
  mimeType,
  containers,
});

/** What offices attach: scans, photos, documents, spreadsheets, slides, archives of scans. */
export const EVIDENCE_TYPES = {
  pdf: type('PDF 文档', 'a PDF document', 'application/pdf', ['pdf']),
  /** GB/T 33190 版式文档: a zip of XML and resources. */
  ofd: type('OFD 版式文档', 'an OFD document', 'application/ofd', ['zip']),
  jpg: type('JPEG 图片', 'a JPEG image', 'image/jpeg', ['jpeg']),
  jpeg: type('JPEG 图片', 'a JPEG image', 'image/jpeg', ['jpeg']),
  png: type('PNG 图片', 'a PNG image', 'image/png', ['png']),
  doc: type('Word 97-2003 文档', 'a Word 97–2003 document', 'application/msword', ['ole']),
  docx: type(
    'Word 文档',
    'a Word document',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ['zip'],
  ),
  xls: type('Excel 97-2003 工作簿', 'an Excel 97–2003 workbook', 'application/vnd.ms-excel', [
    'ole',
  ]),
  xlsx: type(
    'Excel 工作簿',
    'an Excel workbook',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ['zip'],
  ),
  ppt: type(
    'PowerPoint 97-2003 演示文稿',
    'a PowerPoint 97–2003 presentation',
    'application/vnd.ms-powerpoint',
    ['ole'],
  ),
  pptx: type(
    'PowerPoint 演示文稿',
    'a PowerPoint presentation',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ['zip'],
  ),
  // WPS Office 文字/表格/演示: compound files like .doc; recent versions can save the same
  // extensions as OOXML zips. No registered media type, so served as plain bytes.
  wps: type('WPS 文字文件', 'a WPS Writer file', 'application/octet-stream', ['ole', 'zip']),
  et: type('WPS 表格文件', 'a WPS Spreadsheets file', 'application/octet-stream', ['ole', 'zip']),
  dps: type('WPS 演示文件', 'a WPS Presentation file', 'application/octet-stream', ['ole', 'zip']),
  zip: type('ZIP 压缩包', 'a ZIP archive', 'application/zip', ['zip']),
  rar: type('RAR 压缩包', 'a RAR archive', 'application/vnd.rar', ['rar']),
  txt: type('纯文本文件', 'a plain text file', 'text/plain', ['text']),
} as const satisfies Record<string, EvidenceType>;

export type EvidenceExtension = keyof typeof EVIDENCE_TYPES;

export const EVIDENCE_EXTENSIONS = Object.keys(EVIDENCE_TYPES) as EvidenceExtension[];

/** For a file picker's `accept`: ".pdf,.ofd,…". */
export const EVIDENCE_ACCEPT = EVIDENCE_EXTENSIONS.map((e) => `.${e}`).join(',');

/** How many first bytes `checkEvidenceContent` wants (fewer when the file is shorter). */
export const EVIDENCE_HEAD_BYTES = 4096;

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The type the file name claims, or INVALID_INPUT naming what is accepted. */
export function evidenceTypeOf(fileName: string): EvidenceType & { extension: EvidenceExtension } {
  const extension = extensionOf(fileName);
  if (!Object.hasOwn(EVIDENCE_TYPES, extension)) {
    throw new DomainError('INVALID_INPUT', {
      zh: `不支持该文件类型（可上传：${EVIDENCE_EXTENSIONS.join('、')}）`,
      en: `This file type is not accepted (allowed: ${EVIDENCE_EXTENSIONS.join(', ')})`,
    });
  }
  const ext = extension as EvidenceExtension;
  return { extension: ext, ...EVIDENCE_TYPES[ext] };
}

/** What the content looks like, for the message; null when it is nothing we know. */
function recognise(head: Uint8Array): LocalizedText | null {
  const refused = REFUSED_CONTENTS.find((c) => c.matches(head));
  if (refused) return refused.label;
  const known = (Object.keys(CONTAINERS) as Container[]).find((c) => CONTAINERS[c].matches(head));
  return known ? CONTAINERS[known].label : null;
}

/**
 * Refuses (INVALID_INPUT) a file whose first bytes are not what its extension says: a
 * ".pdf" that is an executable, a ".docx" that is text. `head` is the first
 * EVIDENCE_HEAD_BYTES of the content, or all of it when shorter.
 */
export function checkEvidenceContent(fileName: string, head: Uint8Array): void {
  const type = evidenceTypeOf(fileName);
  if (head.length === 0) {
    throw new DomainError('INVALID_INPUT', {
      zh: `文件“${fileName}”是空的`,
      en: `The file "${fileName}" is empty`,
    });
  }
  if (type.containers.some((c) => CONTAINERS[c].matches(head))) return;
  const actual = recognise(head);
  throw new DomainError('INVALID_INPUT', {
    zh:
      `文件内容与扩展名不符：“${fileName}”不是${type.label.zh}` +
      `${actual ? `，看起来是${actual.zh}` : ''}。请上传原文件，不要只改扩展名`,
    en:
      `The file's content does not match its extension: "${fileName}" is not ${type.label.en}` +
      `${actual ? `; it looks like ${actual.en}` : ''}. Upload the original file rather than renaming it`,
  });
}
