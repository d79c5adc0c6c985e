import { registerEnumType } from 'type-graphql';

export enum ReformCaseStatus {
  CULTIVATING = 'CULTIVATING',
  SUBMITTED = 'SUBMITTED',
  SELECTED = 'SELECTED',
  NOT_SELECTED = 'NOT_SELECTED',
}

export enum RecognitionLevel {
  PROVINCIAL = 'PROVINCIAL',
  NATIONAL = 'NATIONAL',
}

registerEnumType(ReformCaseStatus, {
  name: 'ReformCaseStatus',
  description:
    'Where a reform case stands: CULTIVATING → SUBMITTED → SELECTED or NOT_SELECTED. 改革案例的状态：培育中 → 已报送 → 入选或未入选。',
  valuesConfig: {
    CULTIVATING: { description: 'Being cultivated by its unit. 单位培育中。' },
    SUBMITTED: { description: 'Submitted for selection. 已报送参评。' },
    SELECTED: { description: 'Selected and recognised. 已入选并获认定。' },
    NOT_SELECTED: { description: 'Not selected. 未入选。' },
  },
});

registerEnumType(RecognitionLevel, {
  name: 'RecognitionLevel',
  description: 'Who recognised a selected case. 入选案例的认定层级。',
  valuesConfig: {
    PROVINCIAL: { description: 'A provincial body. 省级认定。' },
    NATIONAL: { description: 'A national body. 国家级认定。' },
  },
});
