/**
 * Small real files of every evidence type, built byte by byte (no library): a stored
 * (uncompressed) zip for OOXML, OFD and archives, an empty compound file for Office
 * 97–2003 and WPS, minimal RAR4 and RAR5 archives, a 1×1 PNG, a JFIF header, a PDF.
 * Each opens in the program it is meant for, or at least passes its format's own header
 * checks; the server only reads the first bytes anyway.
 */
import { crc32, deflateSync } from 'node:zlib';
import type { EvidenceExtension } from '@kaohe/domain';

const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A zip of stored entries (method 0), UTF-8 names. */
export function zipOf(entries: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(entries)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8');
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    // version 2.0, flag bit 11 (UTF-8 names), stored, 1980-01-01 00:00
    const common = [u16(20), u16(0x0800), u16(0), u16(0), u16(0x21), u32(crc)];
    const sizes = [u32(data.length), u32(data.length), u16(fileName.length), u16(0)];
    const local = Buffer.concat([u32(0x04034b50), ...common, ...sizes, fileName, data]);
    centrals.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        ...common,
        ...sizes,
        u16(0), // comment
        u16(0), // disk
        u16(0), // internal attributes
        u32(0), // external attributes
        u32(offset),
        fileName,
      ]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(centrals.length),
    u16(centrals.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return Buffer.concat([...locals, directory, end]);
}

const CONTENT_TYPES = (main: string, type: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="${type}"/></Types>`;
const RELS = (main: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="${main}"/></Relationships>`;

function ooxml(main: string, type: string, body: string): Buffer {
  return zipOf({
    '[Content_Types].xml': CONTENT_TYPES(main, type),
    '_rels/.rels': RELS(main),
    [main]: body,
  });
}

const DOCX = () =>
  ooxml(
    'word/document.xml',
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>调研报告</w:t></w:r></w:p></w:body></w:document>',
  );
const XLSX = () =>
  ooxml(
    'xl/workbook.xml',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>',
  );
const PPTX = () =>
  ooxml(
    'ppt/presentation.xml',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>',
  );

/** GB/T 33190: OFD.xml at the root names the document. */
const OFD = () =>
  zipOf({
    'OFD.xml':
      '<?xml version="1.0" encoding="UTF-8"?><ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0</ofd:DocID><ofd:Title>关于表彰的通知</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>',
    'Doc_0/Document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:CommonData><ofd:Pages/></ofd:Document>',
  });

/** An empty Compound File (version 3, 512-byte sectors): header, one FAT sector, one directory sector. */
export function compoundFile(): Buffer {
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const header = Buffer.alloc(512, 0);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x003e, 24); // minor version
  header.writeUInt16LE(0x0003, 26); // major version 3
  header.writeUInt16LE(0xfffe, 28); // byte order
  header.writeUInt16LE(9, 30); // 512-byte sectors
  header.writeUInt16LE(6, 32); // 64-byte mini sectors
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // the directory starts at sector 1
  header.writeUInt32LE(0x1000, 56); // mini stream cutoff
  header.writeUInt32LE(END, 60); // no mini FAT
  header.writeUInt32LE(END, 68); // no DIFAT sectors
  header.writeUInt32LE(0, 76); // the FAT is sector 0
  for (let i = 1; i < 109; i++) header.writeUInt32LE(FREE, 76 + i * 4);
  const fat = Buffer.alloc(512, 0xff);
  fat.writeUInt32LE(0xfffffffd, 0); // sector 0: the FAT itself
  fat.writeUInt32LE(END, 4); // sector 1: the directory, one sector long
  const directory = Buffer.alloc(512, 0);
  for (let i = 0; i < 4; i++) {
    const entry = i * 128;
    directory.writeUInt32LE(FREE, entry + 68); // left sibling
    directory.writeUInt32LE(FREE, entry + 72); // right sibling
    directory.writeUInt32LE(FREE, entry + 76); // child
  }
  const name = Buffer.from('Root Entry\u0000', 'utf16le');
  name.copy(directory, 0);
  directory.writeUInt16LE(name.length, 64);
  directory[66] = 5; // root storage
  directory[67] = 1; // black
  directory.writeUInt32LE(END, 116); // no mini stream
  return Buffer.concat([header, fat, directory]);
}

/** RAR 1.5–4.x: marker block, archive header, end of archive. */
export function rar4(): Buffer {
  const block = (type: number, flags: number, rest: Buffer) => {
    const body = Buffer.concat([Buffer.from([type]), u16(flags), u16(7 + rest.length), rest]);
    return Buffer.concat([u16(crc32(body) & 0xffff), body]);
  };
  return Buffer.concat([
    Buffer.from('Rar!\x1a\x07\x00', 'latin1'),
    block(0x73, 0, Buffer.alloc(6, 0)),
    block(0x7b, 0x4000, Buffer.alloc(0)),
  ]);
}

/** RAR 5: signature, main archive header, end of archive header (sizes and types as vints). */
export function rar5(): Buffer {
  const header = (fields: number[]) => {
    const body = Buffer.from([fields.length, ...fields]);
    return Buffer.concat([u32(crc32(body)), body]);
  };
  return Buffer.concat([
    Buffer.from('Rar!\x1a\x07\x01\x00', 'latin1'),
    header([1, 0, 0]), // main archive header: type 1, no flags, no archive flags
    header([5, 0, 0]), // end of archive
  ]);
}

/** A 1×1 white PNG. */
export function png(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.from([0, 0xff, 0xff, 0xff]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A JFIF header (APP0) and end of image. */
export function jpeg(): Buffer {
  return Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
    0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
  ]);
}

export function pdf(): Buffer {
  return Buffer.from(
    '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  );
}

/** A Windows executable's first bytes (DOS header, "This program cannot be run…"). */
export function executable(): Buffer {
  const b = Buffer.alloc(256, 0);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  b.write('PE\u0000\u0000', 0x80, 'latin1');
  return b;
}

export const text = () =>
  Buffer.from('关于2011年度工会工作的说明\r\n会员人数：1,234人\r\n', 'utf8');

/** One real file per accepted extension; WPS files in both of their containers. */
export const SAMPLES: Array<{ extension: EvidenceExtension; what: string; content: () => Buffer }> =
  [
    { extension: 'pdf', what: 'PDF', content: pdf },
    { extension: 'ofd', what: 'OFD (zip)', content: OFD },
    { extension: 'jpg', what: 'JPEG', content: jpeg },
    { extension: 'jpeg', what: 'JPEG', content: jpeg },
    { extension: 'png', what: 'PNG', content: png },
    { extension: 'doc', what: 'compound file', content: compoundFile },
    { extension: 'docx', what: 'OOXML zip', content: DOCX },
    { extension: 'xls', what: 'compound file', content: compoundFile },
    { extension: 'xlsx', what: 'OOXML zip', content: XLSX },
    { extension: 'ppt', what: 'compound file', content: compoundFile },
    { extension: 'pptx', what: 'OOXML zip', content: PPTX },
    { extension: 'wps', what: 'compound file', content: compoundFile },
    { extension: 'wps', what: 'OOXML zip', content: DOCX },
    { extension: 'et', what: 'compound file', content: compoundFile },
    { extension: 'et', what: 'OOXML zip', content: XLSX },
    { extension: 'dps', what: 'compound file', content: compoundFile },
    { extension: 'dps', what: 'OOXML zip', content: PPTX },
    { extension: 'zip', what: 'zip of scans', content: () => zipOf({ '扫描件/第1页.png': png() }) },
    { extension: 'rar', what: 'RAR4', content: rar4 },
    { extension: 'rar', what: 'RAR5', content: rar5 },
    { extension: 'txt', what: 'UTF-8 text', content: text },
  ];

/** For each extension, a file that lies about it: another format under its name. */
export const LIARS: Array<{ extension: EvidenceExtension; really: string; content: () => Buffer }> =
  [
    { extension: 'pdf', really: 'an executable', content: executable },
    { extension: 'pdf', really: 'text', content: text },
    { extension: 'ofd', really: 'a PDF', content: pdf },
    { extension: 'jpg', really: 'a PNG', content: png },
    { extension: 'jpeg', really: 'an executable', content: executable },
    { extension: 'png', really: 'a JPEG', content: jpeg },
    { extension: 'doc', really: 'a docx', content: DOCX },
    { extension: 'docx', really: 'a doc', content: compoundFile },
    {
      extension: 'xls',
      really: 'HTML',
      content: () => Buffer.from('<table><tr><td>1</td></tr></table>'),
    },
    { extension: 'xlsx', really: 'text', content: text },
    { extension: 'ppt', really: 'a PDF', content: pdf },
    { extension: 'pptx', really: 'an executable', content: executable },
    { extension: 'wps', really: 'text', content: text },
    { extension: 'et', really: 'a RAR', content: rar5 },
    { extension: 'dps', really: 'an executable', content: executable },
    { extension: 'zip', really: 'a RAR', content: rar4 },
    { extension: 'rar', really: 'a zip', content: () => zipOf({ 'a.txt': 'a' }) },
    { extension: 'txt', really: 'an executable', content: executable },
  ];
