import { existing, type SeedRun } from '../../shared/db/seed-kit.js';
import { DecisionCategory } from './decision-category.entity.js';

export interface CategorySeed {
  code: string;
  name: string;
  description: string;
}

/**
 * The 11 categories of major matters. The provincial measures' own list was not at hand; this is
 * a reconstruction from comparable provincial measures. Codes are stable; names are editable.
 */
export const decisionCategories: CategorySeed[] = [
  { code: 'REFORM', name: '涉及群众切身利益的重大改革', description: 'Major reforms touching people’s vital interests.' },
  {
    code: 'LAND_EXPROPRIATION',
    name: '土地征收、房屋征收与拆迁',
    description: 'Land expropriation, housing expropriation and demolition.',
  },
  { code: 'MAJOR_PROJECT', name: '重大工程项目建设', description: 'Construction of major projects.' },
  { code: 'ENTERPRISE_RESTRUCTURING', name: '国有企业改制重组', description: 'Restructuring of state-owned enterprises.' },
  { code: 'SOCIAL_SECURITY_EMPLOYMENT', name: '社会保障与劳动就业政策', description: 'Social security and employment policy.' },
  {
    code: 'PUBLIC_SERVICE_REFORM',
    name: '教育、医疗卫生等公共服务改革',
    description: 'Reforms of education, health care and other public services.',
  },
  { code: 'ENVIRONMENT_RESOURCES', name: '资源开发与生态环境', description: 'Resource development and the environment.' },
  { code: 'PRICING', name: '公用事业与公共服务价格调整', description: 'Price changes of utilities and public services.' },
  {
    code: 'PLANNING_ZONING',
    name: '城乡规划与行政区划调整',
    description: 'Urban and rural planning, changes of administrative divisions.',
  },
  {
    code: 'SENSITIVE_GROUPS',
    name: '涉及特定群体、民族宗教等敏感事项',
    description: 'Matters concerning particular groups, ethnicity, religion and other sensitive matters.',
  },
  { code: 'OTHER_STABILITY', name: '其他可能影响社会稳定的重大事项', description: 'Other major matters that may affect social stability.' },
];

/** Adds the categories that are missing, numbered in the order above. */
export async function seedDecisionCategories(run: SeedRun): Promise<void> {
  const present = await existing(run.adds.tx.em, DecisionCategory, (c) => c.code);
  decisionCategories.forEach((seed, i) => {
    if (!present.has(seed.code))
      run.adds.add(new DecisionCategory({ ...seed, ordinal: i + 1 }), 'DecisionCategory', { ...seed }, 'decisionCategories');
  });
  await run.adds.flush();
}
