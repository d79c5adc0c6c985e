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
  description: 'Where a reform case stands: CULTIVATING → SUBMITTED → SELECTED or NOT_SELECTED.',
  valuesConfig: {
    CULTIVATING: { description: 'Being cultivated by its unit.' },
    SUBMITTED: { description: 'Submitted for selection.' },
    SELECTED: { description: 'Selected and recognised.' },
    NOT_SELECTED: { description: 'Not selected.' },
  },
});

registerEnumType(RecognitionLevel, {
  name: 'RecognitionLevel',
  description: 'Who recognised a selected case.',
  valuesConfig: {
    PROVINCIAL: { description: 'A provincial body.' },
    NATIONAL: { description: 'A national body.' },
  },
});
