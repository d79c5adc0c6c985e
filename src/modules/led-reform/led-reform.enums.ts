import { registerEnumType } from 'type-graphql';

export enum LedReformStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

registerEnumType(LedReformStatus, {
  name: 'LedReformStatus',
  description: 'Where a led reform stands.',
  valuesConfig: {
    IN_PROGRESS: { description: 'Its tasks are being carried out.' },
    COMPLETED: { description: 'Every linked task was completed and the reform was closed.' },
  },
});
