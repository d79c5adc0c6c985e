import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { ConnectionArgs, pageArgs, type Page } from '../../shared/graphql/connection.js';
import { keyOf } from '../../shared/graphql/global-id.js';
import { findVisible, registerNodeType } from '../../shared/graphql/node.js';
import { mutation, MutationResult, payloadOf } from '../../shared/graphql/payload.js';
import { textIn } from '../../shared/i18n/text.js';
import { UserType } from '../user/index.js';
import { ImportMode, ImportRowAction, ImportStatus } from './ledger-import.enums.js';
import { problemText } from './ledger-import.messages.js';
import { canSeeImport, importsSeenOnlyOf } from './ledger-import.read.js';
import { importStatus, STALE_MS, startLedgerImport } from './ledger-import.service.js';
import {
  ImportJobConnection,
  ImportJobType,
  ImportProblemConnection,
  ImportProblemType,
  ImportRowConnection,
  ImportRowType,
} from './ledger-import.types.js';
import { LedgerType } from './ledger.types.js';
import { ReformTaskType } from './reform-task.types.js';

registerNodeType('ImportJob', {
  load: (ctx, key) => ctx.loaders.reformLedger.importByKey.load(key),
  visible: (ctx, node) => canSeeImport(ctx, node as ImportJobType),
});
/** A line of an import's report is seen with its import. */
const withItsImport = async (ctx: Context, jobKey: string) => {
  const job = await ctx.loaders.reformLedger.importByKey.load(jobKey);
  return job !== null && canSeeImport(ctx, job);
};
registerNodeType('ImportRow', {
  load: (ctx, key) => ctx.loaders.reformLedger.importRowByKey.load(key),
  visible: (ctx, node) => withItsImport(ctx, (node as ImportRowType).jobKey),
});
registerNodeType('ImportProblem', {
  load: (ctx, key) => ctx.loaders.reformLedger.importProblemByKey.load(key),
  visible: (ctx, node) => withItsImport(ctx, (node as ImportProblemType).jobKey),
});

@InputType('StartLedgerImportInput', { description: 'A workbook uploaded with `POST /files`, and the ledger it is for.' })
class StartLedgerImportInput {
  @Field(() => ID, { description: 'The ledger whose tasks the workbook creates or updates, matched by task code.' })
  ledgerId!: string;

  @Field(() => ID, { description: 'The uploaded workbook (.xlsx), as `POST /files` answered.' })
  fileId!: string;

  @Field(() => ImportMode, { defaultValue: ImportMode.DRY_RUN, description: 'DRY_RUN (the default) reports; APPLY writes.' })
  mode!: ImportMode;
}

@ObjectType('ImportJobResult')
class ImportJobResult extends MutationResult {
  @Field(() => ImportJobType, { nullable: true, description: 'The import, queued; null when `userErrors` is not empty.' })
  importJob?: ImportJobType | null;
}

const StartLedgerImportPayload = payloadOf('startLedgerImport', ImportJobResult);

@Resolver(() => ImportJobType)
export class ImportJobResolver {
  @Mutation(() => StartLedgerImportPayload, {
    description:
      'Imports a ledger workbook in the layout `ledgerExport` writes (体系/方面, 任务编号, 任务内容, 成果形式, 牵头单位, 配合单位, 完成时限; 序号, 状态, 最新进展 and 是否逾期 are ignored): each row creates the task with its code, or changes the ledger’s task of that code; tasks the workbook does not name are left as they are. Units by name or code. A file that is not a workbook is refused here; the rows are read after the answer: follow them with `importJob`. A DRY_RUN writes nothing; an APPLY checks every row again and writes all of them in one transaction, one audit entry per task, or, if any is refused, none. Commission staff.',
  })
  startLedgerImport(
    @Arg('input', () => StartLedgerImportInput, { description: 'The ledger, the workbook and the mode.' }) input: StartLedgerImportInput,
    @Ctx() ctx: Context,
  ): Promise<Partial<ImportJobResult>> {
    const ledgerKey = keyOf(input.ledgerId, 'Ledger', 'input.ledgerId');
    const fileKey = keyOf(input.fileId, 'EvidenceFile', 'input.fileId');
    return mutation(
      () => startLedgerImport(ctx, ledgerKey, fileKey, input.mode),
      async (key) => ({ importJob: await ctx.loaders.reformLedger.importByKey.load(key) }),
    );
  }

  @Query(() => ImportJobType, {
    nullable: true,
    description: 'An import, by ID: its progress while it runs, its report once done. Null for an ID that names none the viewer may see.',
  })
  async importJob(
    @Arg('id', () => ID, { description: 'An ImportJob ID.' }) id: string,
    @Ctx() ctx: Context,
  ): Promise<ImportJobType | null> {
    return (await findVisible(ctx, 'ImportJob', keyOf(id, 'ImportJob'))) as ImportJobType | null;
  }

  @FieldResolver(() => ImportStatus, {
    description: `Where it stands. One whose process stopped (no sign of life for ${STALE_MS / 1000} s) is FAILED, having written nothing.`,
  })
  status(@Root() job: ImportJobType, @Ctx() ctx: Context): ImportStatus {
    return importStatus(job.storedStatus, job.heartbeatAt, ctx.now);
  }

  @FieldResolver(() => LedgerType, { description: 'The ledger imported into.' })
  ledger(@Root() job: ImportJobType, @Ctx() ctx: Context): Loaded<LedgerType> {
    return loadRequired(ctx.loaders.reformLedger.ledgerByKey, job.ledgerKey, 'ledger');
  }

  @FieldResolver(() => UserType, { description: 'Who started it.' })
  requestedBy(@Root() job: ImportJobType, @Ctx() ctx: Context): Loaded<UserType> {
    return loadRequired(ctx.loaders.user.byKey, job.requestedByKey, 'user');
  }

  @FieldResolver(() => ImportRowConnection, {
    description: 'What each row does, in the workbook’s order; empty until it is done. Only rows with one of `actions`, if given.',
  })
  rows(
    @Root() job: ImportJobType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('actions', () => [ImportRowAction], { nullable: true, description: 'Only these (e.g. `[REFUSE]`).' })
    actions?: ImportRowAction[] | null,
  ): Promise<Page<ImportRowType>> {
    return ctx.loaders.reformLedger.importRows(pageArgs(page), actions).load(job.key);
  }

  @FieldResolver(() => ImportProblemConnection, {
    description:
      'Why it refuses its file or rows, each at its sheet, row and column, in the workbook’s order; empty when nothing is refused.',
  })
  errors(
    @Root() job: ImportJobType,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
  ): Promise<Page<ImportProblemType>> {
    return ctx.loaders.reformLedger.importProblems(pageArgs(page)).load(job.key);
  }
}

@Resolver(() => ImportRowType)
export class ImportRowResolver {
  @FieldResolver(() => ReformTaskType, {
    nullable: true,
    description: 'The task it created or changed once applied, or the task of its code; null for a new task in a dry run.',
  })
  task(@Root() row: ImportRowType, @Ctx() ctx: Context): Promise<ReformTaskType | null> | null {
    return row.taskKey ? ctx.loaders.reformLedger.taskByKey.load(row.taskKey) : null;
  }
}

@Resolver(() => ImportProblemType)
export class ImportProblemResolver {
  @FieldResolver(() => String, { description: 'What is wrong and what to write instead, in the viewer’s language.' })
  message(@Root() problem: ImportProblemType, @Ctx() ctx: Context): string {
    return textIn(problemText(problem.code, problem.params), ctx.language);
  }
}

@Resolver(() => LedgerType)
export class LedgerImportsResolver {
  @FieldResolver(() => ImportJobConnection, {
    description: 'Imports into this ledger, newest first: every one for commission staff and admins, one’s own for anyone else.',
  })
  imports(@Root() ledger: LedgerType, @Args(() => ConnectionArgs) page: ConnectionArgs, @Ctx() ctx: Context): Promise<Page<ImportJobType>> {
    return ctx.loaders.reformLedger.importsOfLedger(pageArgs(page), importsSeenOnlyOf(ctx)).load(ledger.key);
  }
}
