import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import {
  checkEvidenceContent,
  EVIDENCE_ACCEPT,
  EVIDENCE_EXTENSIONS,
  EVIDENCE_TYPES,
  evidenceTypeOf,
} from './evidence-types.ts';

const b = (...parts: Array<string | number[]>) =>
  Uint8Array.from(
    parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)),
  );

const HEADS = {
  pdf: b('%PDF-1.7\n'),
  jpeg: b([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF'),
  png: b([0x89], 'PNG\r\n', [0x1a], '\n', [0, 0, 0, 13], 'IHDR'),
  ole: b([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(24).fill(0)),
  zip: b('PK', [3, 4, 20, 0, 0, 0]),
  rar4: b('Rar!', [0x1a, 7, 0, 0xcf, 0x90, 0x73]),
  rar5: b('Rar!', [0x1a, 7, 1, 0, 0x33, 0x92]),
  text: b('调解组织名录\r\n', '\tline two\n'),
  exe: b('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0]),
};
const utf8 = (s: string) => new TextEncoder().encode(s);

const refusal = (fileName: string, head: Uint8Array) => {
  try {
    checkEvidenceContent(fileName, head);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  return null;
};

describe('evidence types', () => {
  it.each([
    ['报告.pdf', HEADS.pdf],
    ['照片.JPG', HEADS.jpeg],
    ['照片.jpeg', HEADS.jpeg],
    ['截图.png', HEADS.png],
    ['通知.doc', HEADS.ole],
    ['通知.docx', HEADS.zip],
    ['台账.xls', HEADS.ole],
    ['台账.xlsx', HEADS.zip],
    ['汇报.ppt', HEADS.ole],
    ['汇报.pptx', HEADS.zip],
    ['公文.ofd', HEADS.zip],
    ['文字.wps', HEADS.ole],
    ['文字.wps', HEADS.zip],
    ['表格.et', HEADS.ole],
    ['表格.et', HEADS.zip],
    ['演示.dps', HEADS.ole],
    ['演示.dps', HEADS.zip],
    ['扫描件.zip', HEADS.zip],
    ['扫描件.zip', b('PK', [5, 6], new Array(18).fill(0))],
    ['扫描件.rar', HEADS.rar4],
    ['扫描件.rar', HEADS.rar5],
    ['说明.txt', utf8('会员发展情况说明\n共 1,234 人')],
    ['说明.txt', HEADS.text],
    ['说明.txt', b([0xff, 0xfe], 'a', [0], 'b', [0])],
  ])('accepts %s with the content it claims', (name, head) => {
    expect(refusal(name, head)).toBeNull();
  });

  it.each([
    ['an executable named .pdf', '报告.pdf', HEADS.exe, '可执行程序'],
    ['text named .pdf', '报告.pdf', HEADS.text, '纯文本'],
    ['a PDF named .docx', '通知.docx', HEADS.pdf, 'PDF'],
    ['a zip named .rar', '扫描件.rar', HEADS.zip, 'ZIP'],
    ['a RAR named .zip', '扫描件.zip', HEADS.rar5, 'RAR'],
    ['a PDF named .ofd', '公文.ofd', HEADS.pdf, 'PDF'],
    ['text named .wps', '文字.wps', HEADS.text, '纯文本'],
    ['an executable named .txt', '说明.txt', HEADS.exe, '可执行程序'],
    ['a PNG named .jpg', '照片.jpg', HEADS.png, 'PNG'],
    ['an OLE file named .pptx', '汇报.pptx', HEADS.ole, 'Office 97-2003'],
  ])('refuses %s and says what it is', (_what, name, head, looksLike) => {
    const e = refusal(name, head);
    expect(e?.code).toBe('INVALID_INPUT');
    expect(e?.text.zh).toContain('文件内容与扩展名不符');
    expect(e?.text.zh).toMatch(new RegExp(`看起来是[^。]*${looksLike}`));
    expect(e?.text.en).toContain('does not match its extension');
  });

  it('refuses an empty file and a truncated signature', () => {
    expect(refusal('空.pdf', new Uint8Array())?.text.zh).toContain('是空的');
    expect(refusal('短.pdf', b('%PD'))?.text.zh).toContain('文件内容与扩展名不符');
    expect(refusal('短.rar', b('Rar!', [0x1a, 7]))?.text.zh).toContain('“短.rar”不是RAR 压缩包');
  });

  it('refuses extensions not in the table, naming what is accepted', () => {
    for (const name of ['setup.exe', 'README', 'logo.svg', 'page.html', 'a.pdf.exe', 'x.7z']) {
      expect(() => evidenceTypeOf(name)).toThrow(DomainError);
      expect(() => evidenceTypeOf(name)).toThrow(/allowed: pdf, ofd/);
    }
    expect(() => evidenceTypeOf('toString')).toThrow(DomainError);
    expect(() => evidenceTypeOf('a.constructor')).toThrow(DomainError);
    expect(evidenceTypeOf('年报.PDF').extension).toBe('pdf');
  });

  it('the accept list is the table', () => {
    expect(EVIDENCE_ACCEPT.split(',')).toEqual(EVIDENCE_EXTENSIONS.map((e) => `.${e}`));
    for (const e of ['ofd', 'wps', 'et', 'dps', 'ppt', 'pptx', 'zip', 'rar']) {
      expect(EVIDENCE_EXTENSIONS).toContain(e);
    }
  });

  it('binary content never passes as text, and no content passes as two unrelated types', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 64 }), (head) => {
        const accepted = EVIDENCE_EXTENSIONS.filter((e) => refusal(`f.${e}`, head) === null);
        const containers = new Set(
          accepted.flatMap((e) => EVIDENCE_TYPES[e].containers as readonly string[]),
        );
        if (head.some((x) => x === 0) && head[0] !== 0xff && head[0] !== 0xfe) {
          expect(accepted).not.toContain('txt');
        }
        // A file is text, or one binary container (ole/zip types may share it): never both.
        expect(containers.has('text') && containers.size > 1).toBe(false);
      }),
    );
  });
});
