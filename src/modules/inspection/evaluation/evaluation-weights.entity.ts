import { Check, Entity, PrimaryKey, Property } from '@mikro-orm/core';
import { InspectionErrors } from '../inspection.errors.js';
import { inspectionMessages as M } from '../inspection.messages.js';

export interface WeightValues {
  dailyPerformance: number;
  inspection: number;
  rectification: number;
  metValue: number;
  partlyMetValue: number;
  notMetValue: number;
  minorDeduction: number;
  seriousDeduction: number;
  criticalDeduction: number;
  lateClosureCredit: number;
}

export const WEIGHT_FIELDS: (keyof WeightValues)[] = [
  'dailyPerformance',
  'inspection',
  'rectification',
  'metValue',
  'partlyMetValue',
  'notMetValue',
  'minorDeduction',
  'seriousDeduction',
  'criticalDeduction',
  'lateClosureCredit',
];

// A fresh object each time: MikroORM keeps (and changes) the options it is given.
const column = () => ({ type: 'decimal', precision: 6, scale: 3 }) as const;

/**
 * How a region's evaluation is weighed: configuration kept in the database (one row, seeded by
 * the migration), read by `evaluationWeights` and by the SQL that computes the evaluation.
 */
@Entity({ tableName: 'evaluation_weights' })
@Check({ name: 'evaluation_weights_single_row', expression: 'id = 1' })
export class EvaluationWeights {
  @PrimaryKey({ type: 'integer', autoincrement: false })
  id = 1;

  @Property(column())
  dailyPerformance!: string;

  @Property(column())
  inspection!: string;

  @Property(column())
  rectification!: string;

  @Property(column())
  metValue!: string;

  @Property(column())
  partlyMetValue!: string;

  @Property(column())
  notMetValue!: string;

  @Property(column())
  minorDeduction!: string;

  @Property(column())
  seriousDeduction!: string;

  @Property(column())
  criticalDeduction!: string;

  @Property(column())
  lateClosureCredit!: string;

  @Property({ type: 'datetime', length: 3, onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  snapshot(): Record<keyof WeightValues, string> {
    return Object.fromEntries(WEIGHT_FIELDS.map((field) => [field, this[field]])) as Record<keyof WeightValues, string>;
  }

  /** Replaces every weight, checking that they make sense together. */
  update(values: WeightValues): void {
    const share = (field: keyof WeightValues) => {
      const v = values[field];
      if (!Number.isFinite(v) || v < 0 || v > 1) throw InspectionErrors.invalid(field, M.shareRange(field));
    };
    (
      ['dailyPerformance', 'inspection', 'rectification', 'metValue', 'partlyMetValue', 'notMetValue', 'lateClosureCredit'] as const
    ).forEach(share);
    const thousandths = (v: number) => Math.round(v * 1000);
    if (thousandths(values.dailyPerformance) + thousandths(values.inspection) + thousandths(values.rectification) !== 1000)
      throw InspectionErrors.invalid('dailyPerformance', M.weightsSum);
    if (!(values.metValue >= values.partlyMetValue && values.partlyMetValue >= values.notMetValue))
      throw InspectionErrors.invalid('partlyMetValue', M.verdictOrder);
    for (const field of ['minorDeduction', 'seriousDeduction', 'criticalDeduction'] as const) {
      const v = values[field];
      if (!Number.isFinite(v) || v < 0 || v > 100) throw InspectionErrors.invalid(field, M.deductionRange(field));
    }
    for (const field of WEIGHT_FIELDS) this[field] = values[field].toFixed(3);
  }
}
