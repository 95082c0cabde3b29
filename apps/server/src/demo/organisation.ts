/**
 * Demo organisation for 2011: the federation's departments come from the rubric; the units
 * are the kinds of union a 2011 city federation assessed — district and county unions,
 * development-zone unions, bureau and industry unions. Member counts are plausible, not real.
 */
export interface DemoUnit {
  id: string;
  name: string;
  unitTypeId: 'district' | 'devZone' | 'bureau';
  memberCount: number;
}

const districts = [
  ['huangpu', '黄浦区总工会', 182000],
  ['xuhui', '徐汇区总工会', 236000],
  ['changning', '长宁区总工会', 168000],
  ['jingan', '静安区总工会', 121000],
  ['putuo', '普陀区总工会', 174000],
  ['zhabei', '闸北区总工会', 139000],
  ['hongkou', '虹口区总工会', 131000],
  ['yangpu', '杨浦区总工会', 205000],
  ['minhang', '闵行区总工会', 412000],
  ['baoshan', '宝山区总工会', 298000],
  ['jiading', '嘉定区总工会', 276000],
  ['pudong', '浦东新区总工会', 865000],
  ['jinshan', '金山区总工会', 143000],
  ['songjiang', '松江区总工会', 319000],
  ['qingpu', '青浦区总工会', 211000],
  ['fengxian', '奉贤区总工会', 188000],
  ['chongming', '崇明县总工会', 72000],
] as const;

const devZones = [
  ['chemical-park', '上海化学工业区工会', 21000],
  ['caohejing', '漕河泾新兴技术开发区工会', 96000],
  ['zhangjiang', '张江高科技园区工会', 118000],
  ['jinqiao', '金桥出口加工区工会', 87000],
  ['waigaoqiao', '外高桥保税区工会', 64000],
] as const;

const bureaus = [
  ['education', '市教育工会', 246000],
  ['medical', '市医务工会', 158000],
  ['construction', '市建设交通工会', 312000],
  ['finance-union', '市金融工会', 143000],
  ['commerce', '市商贸工会', 201000],
  ['electric', '市机电工会', 96000],
  ['textile', '市纺织工会', 58000],
  ['chemical', '市化工工会', 47000],
] as const;

export const DEMO_UNITS: DemoUnit[] = [
  ...districts.map(([id, name, memberCount]) => ({
    id,
    name,
    unitTypeId: 'district' as const,
    memberCount,
  })),
  ...devZones.map(([id, name, memberCount]) => ({
    id,
    name,
    unitTypeId: 'devZone' as const,
    memberCount,
  })),
  ...bureaus.map(([id, name, memberCount]) => ({
    id,
    name,
    unitTypeId: 'bureau' as const,
    memberCount,
  })),
];

/** Every demo account shares this password; the first admin's comes from the environment. */
export const DEMO_PASSWORD = 'kaohe-demo-2011';
