import { registerEnumType } from 'type-graphql';

export enum LedReformStatus {
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
}

registerEnumType(LedReformStatus, {
  name: 'LedReformStatus',
  description: 'Where a led reform stands. 领衔抓改革的状态。',
  valuesConfig: {
    IN_PROGRESS: { description: 'Its tasks are being carried out. 关联任务正在推进。' },
    COMPLETED: { description: 'Every linked task was completed and the reform was closed. 关联任务全部完成，改革已完成。' },
  },
});
