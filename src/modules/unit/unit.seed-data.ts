import { UnitKind, UnitLevel } from './unit.enums.js';

// The demo data set. Units and regions follow the province's real structure; the people are
// illustrative (invented names), and so are the demo users.

export interface RegionSeed {
  code: string;
  name: string;
}

export interface UnitSeed {
  code: string;
  name: string;
  kind: UnitKind;
  level: UnitLevel;
  parent?: string;
  region?: string;
}

export interface PersonSeed {
  unit: string;
  name: string;
  title: string;
  isPrincipalHead: boolean;
}

/** The 13 prefecture-level regions: 12 cities and the Greater Khingan Range prefecture. */
export const regions: RegionSeed[] = [
  { code: 'HRB', name: '哈尔滨市' },
  { code: 'QQHR', name: '齐齐哈尔市' },
  { code: 'MDJ', name: '牡丹江市' },
  { code: 'JMS', name: '佳木斯市' },
  { code: 'DQ', name: '大庆市' },
  { code: 'JX', name: '鸡西市' },
  { code: 'SYS', name: '双鸭山市' },
  { code: 'YC', name: '伊春市' },
  { code: 'QTH', name: '七台河市' },
  { code: 'HG', name: '鹤岗市' },
  { code: 'HH', name: '黑河市' },
  { code: 'SH', name: '绥化市' },
  { code: 'DXAL', name: '大兴安岭地区' },
];

const P = UnitLevel.PROVINCE;

const provincialUnits: UnitSeed[] = [
  { code: 'HLJ-ZFW', name: '中共黑龙江省委政法委员会', kind: UnitKind.POLITICAL_LEGAL_COMMISSION, level: P },
  { code: 'HLJ-ZFW-OFFICE', name: '省委政法委办公室', kind: UnitKind.POLITICAL_LEGAL_COMMISSION, level: P, parent: 'HLJ-ZFW' },
  { code: 'HLJ-ZFW-REFORM', name: '省委政法委政法改革处', kind: UnitKind.POLITICAL_LEGAL_COMMISSION, level: P, parent: 'HLJ-ZFW' },
  { code: 'HLJ-ZFW-RULE-OF-LAW', name: '省委政法委法治建设处', kind: UnitKind.POLITICAL_LEGAL_COMMISSION, level: P, parent: 'HLJ-ZFW' },
  { code: 'HLJ-ZFW-STABILITY', name: '省委政法委维护稳定指导处', kind: UnitKind.POLITICAL_LEGAL_COMMISSION, level: P, parent: 'HLJ-ZFW' },
  { code: 'HLJ-ZFW-SUPERVISION', name: '省委政法委执法监督处', kind: UnitKind.POLITICAL_LEGAL_COMMISSION, level: P, parent: 'HLJ-ZFW' },
  { code: 'HLJ-ZFW-INSPECTION', name: '省委政法委督察室', kind: UnitKind.POLITICAL_LEGAL_COMMISSION, level: P, parent: 'HLJ-ZFW' },
  { code: 'HLJ-GY', name: '黑龙江省高级人民法院', kind: UnitKind.COURT, level: P },
  { code: 'HLJ-JCY', name: '黑龙江省人民检察院', kind: UnitKind.PROCURATORATE, level: P },
  { code: 'HLJ-GAT', name: '黑龙江省公安厅', kind: UnitKind.PUBLIC_SECURITY, level: P },
  { code: 'HLJ-SFT', name: '黑龙江省司法厅', kind: UnitKind.JUSTICE_ADMINISTRATION, level: P },
  { code: 'HLJ-ZZB', name: '中共黑龙江省委组织部', kind: UnitKind.SUPPORTING_DEPARTMENT, level: P },
  { code: 'HLJ-BB', name: '中共黑龙江省委机构编制委员会办公室', kind: UnitKind.SUPPORTING_DEPARTMENT, level: P },
  { code: 'HLJ-CZT', name: '黑龙江省财政厅', kind: UnitKind.SUPPORTING_DEPARTMENT, level: P },
  { code: 'HLJ-RST', name: '黑龙江省人力资源和社会保障厅', kind: UnitKind.SUPPORTING_DEPARTMENT, level: P },
  { code: 'BDH', name: '北大荒农垦集团有限公司', kind: UnitKind.ENTERPRISE, level: P },
];

/** Each region's commission, court, procuratorate, public security and justice bureaus, under their provincial counterparts. */
function regionalUnits(region: RegionSeed): UnitSeed[] {
  const prefecture = region.code === 'DXAL';
  const of = (suffix: string, name: string, kind: UnitKind, parent: string): UnitSeed => ({
    code: `${region.code}-${suffix}`,
    name,
    kind,
    level: UnitLevel.PREFECTURE,
    parent,
    region: region.code,
  });
  const place = region.name;
  return [
    of('ZFW', prefecture ? '中共大兴安岭地委政法委员会' : `中共${place}委政法委员会`, UnitKind.POLITICAL_LEGAL_COMMISSION, 'HLJ-ZFW'),
    of('FY', `${place}中级人民法院`, UnitKind.COURT, 'HLJ-GY'),
    of('JCY', prefecture ? '大兴安岭地区人民检察院分院' : `${place}人民检察院`, UnitKind.PROCURATORATE, 'HLJ-JCY'),
    of('GAJ', prefecture ? '大兴安岭地区行政公署公安局' : `${place}公安局`, UnitKind.PUBLIC_SECURITY, 'HLJ-GAT'),
    of('SFJ', prefecture ? '大兴安岭地区行政公署司法局' : `${place}司法局`, UnitKind.JUSTICE_ADMINISTRATION, 'HLJ-SFT'),
  ];
}

/**
 * The 12 farm-reclamation courts and procuratorates (农垦法院、检察院) whose retirees' pensions moved
 * in 2021: six reclamation areas, each with a court and a procuratorate. The areas are the
 * province's; the exact list of the twelve is illustrative.
 */
const FARM_AREAS: [code: string, name: string, region: string][] = [
  ['BQL', '宝泉岭', 'HG'],
  ['HXL', '红兴隆', 'SYS'],
  ['JSJ', '建三江', 'JMS'],
  ['NKMDJ', '牡丹江', 'MDJ'],
  ['BA', '北安', 'HH'],
  ['JS', '九三', 'QQHR'],
];

export const farmReclamationUnits: UnitSeed[] = FARM_AREAS.flatMap(([code, name, region]): UnitSeed[] => [
  { code: `NK-${code}-FY`, name: `黑龙江省${name}农垦法院`, kind: UnitKind.COURT, level: UnitLevel.PREFECTURE, parent: 'HLJ-GY', region },
  {
    code: `NK-${code}-JCY`,
    name: `黑龙江省${name}农垦区人民检察院`,
    kind: UnitKind.PROCURATORATE,
    level: UnitLevel.PREFECTURE,
    parent: 'HLJ-JCY',
    region,
  },
]);

export const units: UnitSeed[] = [
  ...provincialUnits,
  ...regions.flatMap(regionalUnits),
  ...farmReclamationUnits,
  // The decision body of the demo decision maker.
  { code: 'HRB-GOV', name: '哈尔滨市人民政府', kind: UnitKind.OTHER, level: UnitLevel.PREFECTURE, region: 'HRB' },
];

// Invented names, built from common surnames and given names so that each is distinct.
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '马', '朱', '胡', '郭', '何', '高', '林', '罗'];
const GIVEN = [
  '建国',
  '志强',
  '海涛',
  '丽华',
  '振华',
  '文博',
  '晓东',
  '红梅',
  '国栋',
  '立新',
  '春燕',
  '宏伟',
  '学军',
  '玉洁',
  '永胜',
  '静怡',
  '德明',
  '秀英',
  '长青',
  '俊杰',
];
const illustrativeName = (i: number) =>
  `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7 + Math.floor(i / SURNAMES.length)) % GIVEN.length]}`;

const HEAD_TITLE: Partial<Record<UnitKind, string>> = {
  [UnitKind.POLITICAL_LEGAL_COMMISSION]: '书记',
  [UnitKind.COURT]: '院长',
  [UnitKind.PROCURATORATE]: '检察长',
  [UnitKind.PUBLIC_SECURITY]: '厅（局）长',
  [UnitKind.JUSTICE_ADMINISTRATION]: '厅（局）长',
  [UnitKind.SUPPORTING_DEPARTMENT]: '部长（主任、厅长）',
  [UnitKind.ENTERPRISE]: '董事长',
  [UnitKind.OTHER]: '市长',
};

/** A principal head for every unit but the commission's divisions (led by a 处长, not a principal head), and a deputy for some. */
export const people: PersonSeed[] = units.flatMap((unit, i): PersonSeed[] => {
  if (unit.parent === 'HLJ-ZFW' && unit.level === UnitLevel.PROVINCE)
    return [{ unit: unit.code, name: illustrativeName(i), title: '处长', isPrincipalHead: false }];
  const head: PersonSeed = { unit: unit.code, name: illustrativeName(i), title: HEAD_TITLE[unit.kind] ?? '负责人', isPrincipalHead: true };
  if (unit.level !== UnitLevel.PROVINCE) return [head];
  return [head, { unit: unit.code, name: illustrativeName(i + 200), title: '副职', isPrincipalHead: false }];
});
