/**
 * Test files for the rubric import route: the 2011 table as the federation's Word file
 * (.docx), written here from the rubric with nothing but Node: WordprocessingML for the
 * table (categories merged down with vMerge, one paragraph per line of a cell) in a
 * stored (uncompressed) zip. The layout follows rubric-io's own docx tests.
 */
import type { Rubric } from '@kaohe/domain';

/** How the federation's table writes the category names down its narrow first column. */
const CATEGORY_LAYOUT: Record<string, string[]> = {
  '组织建设、自身建设': ['组织', '建设', '', '自身', '', '建设'],
  制度机制建设: ['制度', '机制', '', '建设'],
  维权维稳工作: ['维权', '维稳', '', '工作'],
  '服务职工、提高素质': ['服务', '职工', '', '提高', '', '素质'],
  财务经审工作: ['财务', '经审', '', '工作'],
};

const HEADER = [
  ['考核', '项目'],
  ['序号'],
  ['考核内容'],
  ['工作对应部门'],
  ['基本分值'],
  ['评分标准'],
  ['考评分'],
  ['备注'],
];

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const paragraph = (text: string) =>
  text === ''
    ? '<w:p/>'
    : `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;

type Cell = { lines: string[]; merge?: 'restart' | 'continue' };

const cellXml = (c: Cell) =>
  `<w:tc>${c.merge ? `<w:tcPr><w:vMerge w:val="${c.merge}"/></w:tcPr>` : ''}${(c.lines.length
    ? c.lines
    : ['']
  )
    .map(paragraph)
    .join('')}</w:tc>`;

const rowXml = (cells: Cell[]) => `<w:tr>${cells.map(cellXml).join('')}</w:tr>`;

/** word/document.xml of the 2011-style table for `rubric`. */
export function rubricDocumentXml(rubric: Rubric): string {
  const name = (id: string) => rubric.departments.find((d) => d.id === id)?.name ?? id;
  const text = (...lines: string[]): Cell => ({ lines });
  const rows: string[] = [rowXml(HEADER.map((lines) => ({ lines })))];
  for (const category of rubric.categories) {
    category.items.forEach((item, k) => {
      const departments = item.departments.map(name);
      rows.push(
        rowXml([
          k === 0
            ? { lines: CATEGORY_LAYOUT[category.name] ?? [category.name], merge: 'restart' }
            : { lines: [], merge: 'continue' },
          text(String(item.number)),
          text(item.content),
          // Item 21 in the seed: "法律部", a blank paragraph, "办公室".
          text(
            ...(item.number === 21 ? [departments[0]!, '', ...departments.slice(1)] : departments),
          ),
          text(String(item.baseScore)),
          text(item.criteriaText),
          text(),
          text(),
        ]),
      );
    });
  }
  rows.push(
    rowXml([
      text(),
      text(),
      text('合计'),
      text(),
      text(String(rubric.total)),
      text(),
      text(),
      text(),
    ]),
  );
  rubric.bonusItems.forEach((b, k) => {
    rows.push(
      rowXml([
        k === 0 ? { lines: ['加分项'], merge: 'restart' } : { lines: [], merge: 'continue' },
        text(),
        text(b.content),
        text(...(b.department ? [name(b.department)] : [])),
        text(),
        text(),
        text(),
        text(),
      ]),
    );
  });
  rows.push(rowXml([text(), text(), text('总  计'), text(), text(), text(), text(), text()]));
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    paragraph(rubric.title) +
    `<w:tbl>${rows.join('')}</w:tbl>` +
    '<w:p/></w:body></w:document>'
  );
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of stored (uncompressed) entries: enough for a .docx. */
export function storedZip(files: Record<string, string | Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [path, content] of Object.entries(files)) {
    const name = Buffer.from(path, 'utf8');
    const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12); // 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, name, data);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(0, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(0x21, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = Object.keys(files).length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The 2011-style Word table of `rubric` as a .docx file. */
export function rubricDocx(rubric: Rubric): Buffer {
  return storedZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': rubricDocumentXml(rubric),
  });
}
