import { registerEnumType } from 'type-graphql';

export enum ImportMode {
  DRY_RUN = 'DRY_RUN',
  APPLY = 'APPLY',
}

export enum ImportStatus {
  QUEUED = 'QUEUED',
  RUNNING = 'RUNNING',
  SUCCEEDED = 'SUCCEEDED',
  REFUSED = 'REFUSED',
  FAILED = 'FAILED',
}

export enum ImportRowAction {
  CREATE = 'CREATE',
  CHANGE = 'CHANGE',
  UNCHANGED = 'UNCHANGED',
  REFUSE = 'REFUSE',
}

export enum ImportProblemCode {
  NOT_A_WORKBOOK = 'NOT_A_WORKBOOK',
  WORKBOOK_TOO_LARGE = 'WORKBOOK_TOO_LARGE',
  NO_LEDGER_SHEET = 'NO_LEDGER_SHEET',
  MISSING_COLUMN = 'MISSING_COLUMN',
  TOO_MANY_ROWS = 'TOO_MANY_ROWS',
  REQUIRED_CELL_EMPTY = 'REQUIRED_CELL_EMPTY',
  TEXT_TOO_LONG = 'TEXT_TOO_LONG',
  UNKNOWN_UNIT = 'UNKNOWN_UNIT',
  AMBIGUOUS_UNIT = 'AMBIGUOUS_UNIT',
  LEAD_ALSO_SUPPORTING = 'LEAD_ALSO_SUPPORTING',
  SUPPORTING_TWICE = 'SUPPORTING_TWICE',
  BAD_DATE = 'BAD_DATE',
  DUPLICATE_CODE = 'DUPLICATE_CODE',
  UNKNOWN_SECTION = 'UNKNOWN_SECTION',
  UNKNOWN_DELIVERABLE_FORM = 'UNKNOWN_DELIVERABLE_FORM',
}

registerEnumType(ImportMode, {
  name: 'ImportMode',
  description: 'Whether an import only reports or also writes. 导入方式：仅预检，或预检后写入。',
  valuesConfig: {
    DRY_RUN: { description: 'Report what each row would do; write nothing. 预检：逐行报告将新增、修改或拒绝的内容，不写入任何数据。' },
    APPLY: {
      description:
        'Check every row again, then write all of them in one transaction, or none if any row is refused. 写入：重新逐行检查，全部通过则在一个事务中全部写入，任一行被拒绝则全部不写。',
    },
  },
});

registerEnumType(ImportStatus, {
  name: 'ImportStatus',
  description: 'Where an import stands. 导入任务的状态。',
  valuesConfig: {
    QUEUED: { description: 'Waiting for its turn. 排队中。' },
    RUNNING: {
      description: 'Being read, checked or written; `processed` counts the rows done. 正在读取、检查或写入；`processed` 为已处理行数。',
    },
    SUCCEEDED: {
      description:
        'Done: a dry run found no row to refuse (applying it would write its changes), or an apply wrote every change. 已完成：预检未发现须拒绝的行（可以写入），或已全部写入。',
    },
    REFUSED: {
      description:
        'The file, or at least one row, is refused (see `errors`): an apply wrote nothing. 文件或至少一行被拒绝（见 `errors`）：写入方式下未写入任何数据。',
    },
    FAILED: {
      description:
        'The server could not finish it (it stopped, or an error it could not foresee): nothing was written. 服务器未能完成（进程中断或意外错误）：未写入任何数据。',
    },
  },
});

registerEnumType(ImportRowAction, {
  name: 'ImportRowAction',
  description: 'What an imported row does to the ledger. 导入行对台账的作用。',
  valuesConfig: {
    CREATE: { description: 'A task with a code the ledger does not have: created. 台账中没有该编号：新增任务。' },
    CHANGE: { description: 'The task with that code, some of its cells changed. 台账中已有该编号：修改有变化的单元格。' },
    UNCHANGED: { description: 'The task with that code, as it is. 台账中已有该编号，内容一致：不变。' },
    REFUSE: { description: 'A row with a problem (see `errors`). 该行有问题（见 `errors`），被拒绝。' },
  },
});

registerEnumType(ImportProblemCode, {
  name: 'ImportProblemCode',
  description: 'Why an import refuses a file or a row. 导入拒绝文件或某行的原因。',
  valuesConfig: {
    NOT_A_WORKBOOK: { description: 'The file is not an Excel workbook (.xlsx). 文件不是 Excel 工作簿（.xlsx）。' },
    WORKBOOK_TOO_LARGE: {
      description:
        'The workbook would inflate past what an import reads (a ZIP bomb, or far too big). 工作簿解压后超出导入上限（压缩炸弹或过大）。',
    },
    NO_LEDGER_SHEET: { description: 'No sheet has the ledger’s header row. 没有一张工作表带有台账的表头。' },
    MISSING_COLUMN: { description: 'A ledger sheet lacks a column an import needs. 台账工作表缺少导入所需的列。' },
    TOO_MANY_ROWS: { description: 'More rows than one import takes. 行数超过单次导入上限。' },
    REQUIRED_CELL_EMPTY: { description: 'A cell a task needs is empty. 任务必填的单元格为空。' },
    TEXT_TOO_LONG: { description: 'A text longer than the ledger keeps. 文本超过台账允许的长度。' },
    UNKNOWN_UNIT: { description: 'No unit has this name or code. 找不到该名称或代码的单位。' },
    AMBIGUOUS_UNIT: { description: 'Several units have this name: write its code. 多个单位同名：请填写单位代码。' },
    LEAD_ALSO_SUPPORTING: { description: 'The lead unit is also listed as supporting. 牵头单位同时被列为配合单位。' },
    SUPPORTING_TWICE: { description: 'A supporting unit is listed twice. 同一配合单位列了两次。' },
    BAD_DATE: { description: 'Not a date, or not a plausible one. 不是日期，或日期不合理。' },
    DUPLICATE_CODE: { description: 'Another row of the file has the same task code. 文件中另一行的任务编号相同。' },
    UNKNOWN_SECTION: { description: 'The ledger has no section of this name. 台账中没有该体系/方面。' },
    UNKNOWN_DELIVERABLE_FORM: { description: 'Not one of the deliverable forms. 不是规定的成果形式。' },
  },
});
