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
  description: 'What kind of body a unit is.',
  valuesConfig: {
    POLITICAL_LEGAL_COMMISSION: { description: 'A political-legal affairs commission (政法委) or one of its divisions.' },
    COURT: { description: 'A people’s court.' },
    PROCURATORATE: { description: 'A people’s procuratorate.' },
    PUBLIC_SECURITY: { description: 'A public security department or bureau.' },
    JUSTICE_ADMINISTRATION: { description: 'A justice department or bureau.' },
    SUPPORTING_DEPARTMENT: { description: 'Organisation, staffing, finance, human resources & social security and the like.' },
    ENTERPRISE: { description: 'A state-owned enterprise (e.g. Beidahuang group).' },
    OTHER: { description: 'Any other body, such as a people’s government.' },
  },
});

registerEnumType(UnitLevel, {
  name: 'UnitLevel',
  description: 'Administrative level of a unit.',
  valuesConfig: {
    PROVINCE: { description: 'Provincial.' },
    PREFECTURE: { description: 'Prefecture-level (city or region).' },
    COUNTY: { description: 'County-level.' },
  },
});
