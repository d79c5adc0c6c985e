import { registerEnumType } from 'type-graphql';

export enum UnitKind {
  POLITICAL_LEGAL_COMMISSION = 'POLITICAL_LEGAL_COMMISSION',
  COURT = 'COURT',
  PROCURATORATE = 'PROCURATORATE',
  PUBLIC_SECURITY = 'PUBLIC_SECURITY',
  JUSTICE_ADMINISTRATION = 'JUSTICE_ADMINISTRATION',
  SUPPORTING_DEPARTMENT = 'SUPPORTING_DEPARTMENT',
  ENTERPRISE = 'ENTERPRISE',
  OTHER = 'OTHER',
}

export enum UnitLevel {
  PROVINCE = 'PROVINCE',
  PREFECTURE = 'PREFECTURE',
  COUNTY = 'COUNTY',
}

registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'What kind of body a unit is. 单位的类别。',
  valuesConfig: {
    POLITICAL_LEGAL_COMMISSION: {
      description: 'A political-legal affairs commission (政法委) or one of its divisions. 政法委或其内设机构。',
    },
    COURT: { description: 'A people’s court. 人民法院。' },
    PROCURATORATE: { description: 'A people’s procuratorate. 人民检察院。' },
    PUBLIC_SECURITY: { description: 'A public security department or bureau. 公安厅（局）。' },
    JUSTICE_ADMINISTRATION: { description: 'A justice department or bureau. 司法厅（局）。' },
    SUPPORTING_DEPARTMENT: {
      description:
        'Organisation, staffing, finance, human resources & social security and the like. 组织、编制、财政、人力资源和社会保障等部门。',
    },
    ENTERPRISE: { description: 'A state-owned enterprise (e.g. Beidahuang group). 国有企业（如北大荒集团）。' },
    OTHER: { description: 'Any other body, such as a people’s government. 其他机关，如人民政府。' },
  },
});

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Administrative level of a unit. 单位的行政层级。',
  valuesConfig: {
    PROVINCE: { description: 'Provincial. 省级。' },
    PREFECTURE: { description: 'Prefecture-level (city or region). 市（地）级。' },
    COUNTY: { description: 'County-level. 县级。' },
  },
});
