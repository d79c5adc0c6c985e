import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import autocannon from 'autocannon';
import { JSONResolver } from 'graphql-scalars';
import pg from 'pg';
import { Arg, Field, Float, ID, Int, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { operations as graphOperations, type Anchors } from './operations.js';
import { taskSortKeys } from '../src/modules/reform-ledger/reform-task.read.js';
import { encodeCursor } from '../src/shared/graphql/cursor.js';
import { registerIdType, toGlobalId } from '../src/shared/graphql/global-id.js';
import { useIdSecret } from '../src/shared/graphql/opaque.js';
import { executionGateway } from '../src/shared/graphql/compiled-execution.js';
import { sealMarkers, statementFor } from './floor.js';
import { databaseUrl, option, parseScale } from './scale.js';

// The stack's ceiling: how close to the floor a server on the customer's stack (Apollo Server 5 and
// type-graphql) can come when it adds nothing of its own, no sign-in, limits, logs or checks. It
// answers each operation with the floor's own statement, parsed, through one resolver; the task
// refetch also through real object types, the way any typed server must answer it. Measured against
// the floor, alternately, twice each. The graph can only come below these ratios.
//
//   npm run bench:ceiling -- --scale 10k   (the scale's database must have been generated)

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DURATION = Number(option('duration', '5'));
const CONNECTIONS = Number(option('connections', '16'));
const HEADERS = { 'content-type': 'application/json', 'apollo-require-preflight': 'true' };

@ObjectType({ simpleResolvers: true })
class CeilingUnit {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({ simpleResolvers: true })
class CeilingTask {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field() deadline!: string;
  @Field(() => CeilingUnit) leadUnit!: CeilingUnit;
}

// The list operations' shapes as object types, for the typed runs: each field a plain property, as
// any typed server must at least execute them (the graph's own types add resolvers, checks and IDs).
@ObjectType({ simpleResolvers: true })
class CeilingPageInfo {
  @Field({ nullable: true }) hasNextPage?: boolean;
  @Field(() => String, { nullable: true }) endCursor?: string | null;
}

@ObjectType({ simpleResolvers: true })
class CeilingProgress {
  @Field(() => ID) id!: string;
  @Field(() => Float, { nullable: true }) percent?: number;
  @Field({ nullable: true }) reportedOn?: string;
  @Field({ nullable: true }) narrative?: string;
}

@ObjectType({ simpleResolvers: true })
class CeilingInboxTask {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field() deadline!: string;
  @Field() isOverdue!: boolean;
  @Field(() => CeilingUnit) leadUnit!: CeilingUnit;
  @Field(() => [CeilingUnit]) supportingUnits!: CeilingUnit[];
  @Field(() => CeilingProgress, { nullable: true }) latestProgress?: CeilingProgress | null;
}

@ObjectType({ simpleResolvers: true })
class CeilingTaskConnection {
  @Field(() => CeilingPageInfo) pageInfo!: CeilingPageInfo;
  @Field(() => [CeilingInboxTask]) nodes!: CeilingInboxTask[];
}

@ObjectType({ simpleResolvers: true })
class CeilingParticipant {
  @Field(() => ID) id!: string;
  @Field() role!: string;
  @Field(() => CeilingUnit) unit!: CeilingUnit;
}

@ObjectType({ simpleResolvers: true })
class CeilingActionItem {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field(() => String, { nullable: true }) dueDate?: string | null;
  @Field(() => CeilingUnit) assignedUnit!: CeilingUnit;
}

@ObjectType({ simpleResolvers: true })
class CeilingBlockers {
  @Field() clear!: boolean;
  @Field(() => [CeilingActionItem]) openActionItems!: CeilingActionItem[];
}

@ObjectType({ simpleResolvers: true })
class CeilingFunds {
  @Field() obligated!: string;
  @Field() transferred!: string;
  @Field() disbursed!: string;
  @Field() outstanding!: string;
}

@ObjectType({ simpleResolvers: true })
class CeilingIssue {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() kind!: string;
  @Field() status!: string;
  @Field() openedOn!: string;
  @Field(() => String, { nullable: true }) targetDate?: string | null;
  @Field(() => CeilingUnit) leadUnit!: CeilingUnit;
  @Field(() => [CeilingParticipant]) participants!: CeilingParticipant[];
  @Field(() => CeilingBlockers) closureBlockers!: CeilingBlockers;
  @Field(() => CeilingFunds) fundTotals!: CeilingFunds;
}

@ObjectType({ simpleResolvers: true })
class CeilingIssueConnection {
  @Field(() => CeilingPageInfo) pageInfo!: CeilingPageInfo;
  @Field(() => [CeilingIssue]) nodes!: CeilingIssue[];
}

@ObjectType({ simpleResolvers: true })
class CeilingPoint {
  @Field(() => ID) id!: string;
  @Field() dimension!: string;
  @Field(() => Int) likelihood!: number;
  @Field(() => Int) impact!: number;
  @Field(() => Int) score!: number;
  @Field() level!: string;
}

@ObjectType({ simpleResolvers: true })
class CeilingAssessment {
  @Field(() => ID) id!: string;
  @Field() status!: string;
  @Field(() => String, { nullable: true }) level?: string | null;
  @Field(() => String, { nullable: true }) submittedAt?: string | null;
  @Field(() => [CeilingPoint]) points!: CeilingPoint[];
}

@ObjectType({ simpleResolvers: true })
class CeilingCategory {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType({ simpleResolvers: true })
class CeilingDecision {
  @Field(() => ID) id!: string;
  @Field() title!: string;
  @Field() status!: string;
  @Field() procedure!: string;
  @Field(() => CeilingCategory) category!: CeilingCategory;
  @Field(() => CeilingUnit) decisionBody!: CeilingUnit;
  @Field(() => CeilingAssessment, { nullable: true }) currentAssessment?: CeilingAssessment | null;
}

@ObjectType({ simpleResolvers: true })
class CeilingDecisionConnection {
  @Field(() => CeilingPageInfo) pageInfo!: CeilingPageInfo;
  @Field(() => [CeilingDecision]) nodes!: CeilingDecision[];
}

@ObjectType({ simpleResolvers: true })
class CeilingNotice {
  @Field(() => ID) id!: string;
  @Field() status!: string;
  @Field() issuedOn!: string;
  @Field() deadline!: string;
  @Field() isOverdue!: boolean;
}

@ObjectType({ simpleResolvers: true })
class CeilingFinding {
  @Field(() => ID) id!: string;
  @Field() description!: string;
  @Field() severity!: string;
  @Field() foundOn!: string;
  @Field(() => CeilingUnit) unit!: CeilingUnit;
  @Field(() => CeilingNotice, { nullable: true }) notice?: CeilingNotice | null;
}

@ObjectType({ simpleResolvers: true })
class CeilingFindingConnection {
  @Field(() => CeilingPageInfo) pageInfo!: CeilingPageInfo;
  @Field(() => [CeilingFinding]) nodes!: CeilingFinding[];
}

/** The stack with the floor's statements behind it. */
async function serve(database: string, port: number, compiled: boolean): Promise<void> {
  const pool = new pg.Pool({ connectionString: database, max: 10 });
  const secret = await pool.query<{ secret: Buffer }>('select secret from id_secret where id = 1');
  if (!secret.rows[0]) throw new Error('The database has no ID secret: generate it first.');
  useIdSecret(secret.rows[0].secret);
  for (const typename of ['Unit', 'Ledger', 'ReformTask']) registerIdType(typename);
  const answer = async (operation: string, variables: Record<string, unknown>) => {
    const result = await pool.query<{ json: string }>(statementFor(operation, variables));
    return (JSON.parse(sealMarkers(result.rows[0]?.json ?? '{"data":null}')) as { data: Record<string, unknown> }).data;
  };

  @Resolver()
  class CeilingResolver {
    @Query(() => JSONResolver, { nullable: true })
    answer(@Arg('operation') operation: string, @Arg('variables', () => JSONResolver) variables: Record<string, unknown>) {
      return answer(operation, variables);
    }

    @Query(() => CeilingTask, { nullable: true })
    async node(@Arg('id', () => ID) id: string) {
      return (await answer('TaskRefetch', { id })).node;
    }

    @Query(() => CeilingTaskConnection)
    async reformTasks(@Arg('first', () => Int) first: number, @Arg('after', () => String, { nullable: true }) after?: string) {
      return (await answer('TaskInbox', after ? { first, after } : { first })).reformTasks;
    }

    @Query(() => CeilingIssueConnection)
    async coordinationIssues(@Arg('first', () => Int) first: number) {
      return (await answer('CoordinationIssues', { first })).coordinationIssues;
    }

    @Query(() => CeilingDecisionConnection)
    async majorDecisions(@Arg('first', () => Int) first: number) {
      return (await answer('MajorDecisions', { first })).majorDecisions;
    }

    @Query(() => CeilingFindingConnection)
    async findings(@Arg('first', () => Int) first: number) {
      return (await answer('Findings', { first })).findings;
    }

    /** What the operations name, as the benchmark picks them (operations.ts, findAnchors). */
    @Query(() => JSONResolver)
    async anchors() {
      const found = await pool.query<{ id: string; deadline: string; lead: string; ledger: string }>(`
        with median as (select percentile_disc(0.5) within group (order by deadline) as day from reform_task)
        select t.id::text, t.deadline::text, t.lead_unit_id::text as lead, (select min(id)::text from ledger) as ledger
        from reform_task t, median where t.deadline >= median.day order by t.deadline, t.id limit 1`);
      const task = found.rows[0];
      if (!task) throw new Error('The database has no tasks.');
      return {
        taskId: toGlobalId('ReformTask', task.id),
        unitId: toGlobalId('Unit', task.lead),
        ledgerId: toGlobalId('Ledger', task.ledger),
        middle: encodeCursor({ deadline: task.deadline, key: task.id }, taskSortKeys(null)),
      };
    }
  }

  const schema = await buildSchema({ resolvers: [CeilingResolver], validate: false });
  // With `--compiled`, documents run through the graph's compiled executor, as the graph's do.
  const server = compiled ? new ApolloServer({ gateway: executionGateway(schema, 'always') }) : new ApolloServer({ schema });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  process.stdout.write('listening\n');
}

function start(args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', '@swc-node/register/esm-register', ...args], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

async function post(url: string, body: string): Promise<{ data?: Record<string, unknown>; errors?: unknown }> {
  return (await (await fetch(url, { method: 'POST', headers: HEADERS, body })).json()) as { data?: Record<string, unknown> };
}

async function rate(url: string, body: string): Promise<number> {
  const load = (duration: number) => autocannon({ url, method: 'POST', headers: HEADERS, body, connections: CONNECTIONS, duration });
  await load(2);
  return (await load(DURATION)).requests.average;
}

async function measure(label: string): Promise<void> {
  const scale = parseScale(label);
  const database = databaseUrl(scale.database);
  const [stack, floor, compiledStack] = [
    await start(['bench/ceiling.ts', '--serve', database, '--port', '4301']),
    await start(['bench/floor.ts', '--database', database, '--port', '4302']),
    await start(['bench/ceiling.ts', '--serve', database, '--port', '4303', '--compiled']),
  ];
  try {
    const [plainUrl, floorUrl, compiledUrl] = ['http://127.0.0.1:4301/', 'http://127.0.0.1:4302/', 'http://127.0.0.1:4303/'];
    const anchors = (await post(plainUrl, JSON.stringify({ query: '{ anchors }' }))).data?.anchors as Record<string, string>;
    const cases: [string, string, Record<string, unknown>, string?][] = [
      ['task inbox, page 1', 'TaskInbox', { first: 50 }],
      ['task inbox, middle page', 'TaskInbox', { first: 50, after: anchors.middle }],
      ['unitWorkload', 'UnitWorkload', { unitId: anchors.unitId }],
      ['ledgerSummary', 'LedgerSummary', { ledgerId: anchors.ledgerId }],
      ['50 coordination issues', 'CoordinationIssues', { first: 50 }],
      ['50 major decisions', 'MajorDecisions', { first: 50 }],
      ['50 findings', 'Findings', { first: 50 }],
      ['node refetch, one JSON value', 'TaskRefetch', { id: anchors.taskId }],
      [
        'node refetch, typed',
        'TaskRefetch',
        { id: anchors.taskId },
        'query TaskRefetch($id: ID!) { node(id: $id) { id code title status deadline leadUnit { id name } } }',
      ],
    ];
    // The list operations again, typed: the graph's own documents, executed field by field.
    const typedLists = ['task inbox, page 1', 'task inbox, middle page', '50 coordination issues', '50 major decisions', '50 findings'];
    for (const { label: listLabel, operation } of graphOperations(anchors as unknown as Anchors)) {
      if (!typedLists.includes(listLabel)) continue;
      const document = operation.document.replace(', orderBy: [{ field: DEADLINE, direction: ASC }]', '');
      cases.push([`${listLabel}, typed`, operation.name, operation.variables, document]);
    }
    // Each typed case once more through the compiled executor.
    for (const [name, operation, variables, typed] of [...cases]) {
      if (typed) cases.push([`${name}, compiled executor`, operation, variables, typed]);
    }
    const lines = [
      `## The stack's ceiling at ${label} tasks (${new Date().toISOString().slice(0, 16)}Z, ${CONNECTIONS} connections, ${DURATION} s per run, each side twice, alternately)`,
      '',
      '| operation | stack req/s | floor req/s | stack/floor |',
      '| --- | --- | --- | --- |',
    ];
    for (const [name, operation, variables, typed] of cases) {
      const stackUrl = name.endsWith('compiled executor') ? compiledUrl : plainUrl;
      const stackBody = JSON.stringify(
        typed
          ? { query: typed, variables }
          : {
              query: 'query Q($o: String!, $v: JSON!) { answer(operation: $o, variables: $v) }',
              variables: { o: operation, v: variables },
            },
      );
      const floorBody = JSON.stringify({ operationName: operation, variables });
      const [stackAnswer, floorAnswer] = [await post(stackUrl, stackBody), await post(floorUrl, floorBody)];
      const same = typed
        ? isDeepStrictEqual(stackAnswer.data, floorAnswer.data)
        : isDeepStrictEqual(stackAnswer.data?.answer, floorAnswer.data);
      if (!same) throw new Error(`The stack and the floor answer ${name} differently.`);
      const runs = [
        await rate(stackUrl, stackBody),
        await rate(floorUrl, floorBody),
        await rate(stackUrl, stackBody),
        await rate(floorUrl, floorBody),
      ];
      const [s1 = 0, f1 = 0, s2 = 0, f2 = 0] = runs;
      // An operation neither side finished within a run (the floor's counts at 1M) has no ratio.
      const ratio = f1 + f2 > 0 ? `**${((s1 + s2) / (f1 + f2)).toFixed(2)}**` : 'none finished';
      lines.push(`| ${name} | ${((s1 + s2) / 2).toFixed(0)} | ${((f1 + f2) / 2).toFixed(0)} | ${ratio} |`);
      process.stderr.write(`${lines.at(-1)}\n`);
    }
    process.stdout.write(`${lines.join('\n')}\n\n`);
  } finally {
    stack.kill();
    floor.kill();
    compiledStack.kill();
  }
}

if (process.argv.includes('--serve')) await serve(option('serve', ''), Number(option('port', '0')), process.argv.includes('--compiled'));
else for (const label of option('scale', '10k').split(',')) await measure(label);
