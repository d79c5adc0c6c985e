import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeResolver } from 'graphql-scalars';
import { ConnectionType } from '../../shared/graphql/connection.js';
import { Cost } from '../../shared/graphql/field-cost.js';
import { IMPORTED_COLUMN_COUNT } from './ledger-import.workbook.js';
import { Node } from '../../shared/graphql/node.js';
import { ImportMode, ImportProblemCode, ImportRowAction, type ImportStatus } from './ledger-import.enums.js';

@ObjectType('ImportJob', {
  implements: Node,
  description:
    'An import of a ledger workbook (`startLedgerImport`), kept by the server: its progress while it runs and its report once done, for whoever started it (or any commission staff) to read at any time, from any browser. 台账导入任务：进度与结果保存在服务器上，关闭浏览器后仍可查看。',
})
export class ImportJobType extends Node {
  @Field(() => ImportMode, { description: 'A dry run, or an apply.' })
  mode!: ImportMode;

  @Field({ description: 'The uploaded file’s name.' })
  fileName!: string;

  @Field({ description: 'SHA-256 of the file, in hex.' })
  fileSha256!: string;

  @Field(() => Int, { description: 'Rows of the workbook’s ledger sheets (0 until the workbook is read).' })
  total!: number;

  @Field(() => Int, { description: 'Rows done: checked in a dry run, written or found unchanged in an apply.' })
  processed!: number;

  @Field(() => Int, { description: 'Rows that create a task (or would: in a dry run, or an import refused).' })
  created!: number;

  @Field(() => Int, { description: 'Rows that change a task (or would).' })
  changed!: number;

  @Field(() => Int, { description: 'Rows matching a task as it is.' })
  unchanged!: number;

  @Field(() => Int, { description: 'Rows refused.' })
  refused!: number;

  @Field(() => DateTimeResolver, { description: 'When it was started.' })
  createdAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: 'When it ended; null while it runs.' })
  finishedAt!: Date | null;

  storedStatus!: ImportStatus;
  heartbeatAt!: Date;
  ledgerKey!: string;
  requestedByKey!: string;
}

@ObjectType('ImportCellChange', { description: 'A cell an imported row changes. 导入行修改的单元格。' })
export class ImportCellChangeType {
  @Field({ description: 'The column’s letter on the row’s sheet (`F`).' })
  column!: string;

  @Field({ description: 'Its header, as the ledger names it (牵头单位).' })
  header!: string;

  @Field(() => String, { nullable: true, description: 'The task’s value as the ledger shows it; null for a new task.' })
  from!: string | null;

  @Field({ description: 'The value the row gives.' })
  to!: string;
}

@ObjectType('ImportRow', {
  implements: Node,
  description: 'What one row of an imported workbook does; seen by those who see its import. 导入工作簿中一行的处理结果。',
})
export class ImportRowType extends Node {
  @Field({ description: 'The sheet it is on.' })
  sheet!: string;

  @Field(() => Int, { description: 'Its row number, as Excel shows it.' })
  row!: number;

  @Field(() => String, { nullable: true, description: 'Its task code (任务编号); null when the cell is empty.' })
  code!: string | null;

  @Field(() => ImportRowAction, { description: 'What it does.' })
  action!: ImportRowAction;

  @Cost({ bound: IMPORTED_COLUMN_COUNT })
  @Field(() => [ImportCellChangeType], {
    description: 'The cells it changes (every cell, for a new task); empty when unchanged or refused. At most the ledger’s columns.',
  })
  cells!: ImportCellChangeType[];

  jobKey!: string;
  taskKey!: string | null;
}

@ObjectType('ImportProblem', {
  implements: Node,
  description:
    'Why an import refuses its file or a row, where it has one: the sheet, row and column; seen by those who see its import. 导入被拒绝的原因及位置。',
})
export class ImportProblemType extends Node {
  @Field(() => String, { nullable: true, description: 'The sheet; null for the file as a whole.' })
  sheet!: string | null;

  @Field(() => Int, { nullable: true, description: 'The row number, as Excel shows it; null for the file or a sheet as a whole.' })
  row!: number | null;

  @Field(() => String, { nullable: true, description: 'The column’s letter; null when the problem is not one cell’s.' })
  column!: string | null;

  @Field(() => ImportProblemCode, { description: 'The reason.' })
  code!: ImportProblemCode;

  jobKey!: string;
  params!: Record<string, string>;
}

export const ImportJobConnection = ConnectionType(ImportJobType, 'ImportJob');
export const ImportRowConnection = ConnectionType(ImportRowType, 'ImportRow');
export const ImportProblemConnection = ConnectionType(ImportProblemType, 'ImportProblem');
