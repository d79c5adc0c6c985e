// The fixed set of operations a frontend sends, as the benchmark sends them to the graph and to the
// floor (floor.ts answers each by its operation name). Variables that name rows (a ledger, a unit, a
// cursor, an ID) are asked of the graph itself before measuring, the way a frontend gets them.

export interface Operation {
  /** The operation's name in its document: the floor answers by it. */
  name: string;
  document: string;
  variables: Record<string, unknown>;
}

const UNIT = 'id name';

const TASK_PAGE = `query TaskInbox($first: Int!, $after: String) {
  reformTasks(first: $first, after: $after, orderBy: [{ field: DEADLINE, direction: ASC }]) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id code title status deadline isOverdue
      leadUnit { ${UNIT} }
      supportingUnits { ${UNIT} }
      latestProgress { id percent reportedOn narrative }
    }
  }
}`;

const TALLY = 'total completed overdue completionRate byStatus { status count }';

const UNIT_WORKLOAD = `query UnitWorkload($unitId: ID!) {
  unitWorkload(unitId: $unitId) {
    asOf
    unit { ${UNIT} }
    lead { ${TALLY} }
    supporting { ${TALLY} }
  }
}`;

const LEDGER_SUMMARY = `query LedgerSummary($ledgerId: ID!) {
  ledgerSummary(ledgerId: $ledgerId) {
    asOf
    ledger { id title }
    overall { ${TALLY} }
    bySection { section { id title } tally { ${TALLY} } }
    byLeadUnit { unit { ${UNIT} } tally { ${TALLY} } }
  }
}`;

const COORDINATION_ISSUES = `query CoordinationIssues($first: Int!) {
  coordinationIssues(first: $first) {
    pageInfo { hasNextPage }
    nodes {
      id title kind status openedOn targetDate
      leadUnit { ${UNIT} }
      participants { id role unit { ${UNIT} } }
      closureBlockers { clear openActionItems { id description dueDate assignedUnit { ${UNIT} } } }
      fundTotals { obligated transferred disbursed outstanding }
    }
  }
}`;

const MAJOR_DECISIONS = `query MajorDecisions($first: Int!) {
  majorDecisions(first: $first) {
    pageInfo { hasNextPage }
    nodes {
      id title status procedure
      category { id name }
      decisionBody { ${UNIT} }
      currentAssessment {
        id status level submittedAt
        points { id dimension likelihood impact score level }
      }
    }
  }
}`;

const FINDINGS = `query Findings($first: Int!) {
  findings(first: $first) {
    pageInfo { hasNextPage }
    nodes {
      id description severity foundOn
      unit { ${UNIT} }
      notice { id status issuedOn deadline isOverdue }
    }
  }
}`;

const NODE = `query TaskRefetch($id: ID!) {
  node(id: $id) {
    id
    ... on ReformTask { code title status deadline leadUnit { ${UNIT} } }
  }
}`;

/** The rows the variables name, found once per scale. */
export interface Anchors {
  ledgerId: string;
  unitId: string;
  /** A cursor in the middle of the inbox. */
  middle: string;
  taskId: string;
}

/** What the benchmark measures, in the order it prints them: `label` in the table, the operation sent. */
export function operations(anchors: Anchors): { label: string; operation: Operation }[] {
  const page = 50;
  return [
    { label: 'task inbox, page 1', operation: { name: 'TaskInbox', document: TASK_PAGE, variables: { first: page } } },
    {
      label: 'task inbox, middle page',
      operation: { name: 'TaskInbox', document: TASK_PAGE, variables: { first: page, after: anchors.middle } },
    },
    { label: 'unitWorkload', operation: { name: 'UnitWorkload', document: UNIT_WORKLOAD, variables: { unitId: anchors.unitId } } },
    { label: 'ledgerSummary', operation: { name: 'LedgerSummary', document: LEDGER_SUMMARY, variables: { ledgerId: anchors.ledgerId } } },
    {
      label: '50 coordination issues',
      operation: { name: 'CoordinationIssues', document: COORDINATION_ISSUES, variables: { first: page } },
    },
    { label: '50 major decisions', operation: { name: 'MajorDecisions', document: MAJOR_DECISIONS, variables: { first: page } } },
    { label: '50 findings', operation: { name: 'Findings', document: FINDINGS, variables: { first: page } } },
    { label: 'node refetch', operation: { name: 'TaskRefetch', document: NODE, variables: { id: anchors.taskId } } },
  ];
}

/** Sends an operation and returns its `data`; any error fails the benchmark. */
export type Send = (document: string, variables: Record<string, unknown>) => Promise<unknown>;

interface AnchorPage {
  ledgers: { nodes: { id: string }[] };
  reformTasks: { pageInfo: { endCursor: string | null }; nodes: { id: string; leadUnit: { id: string } }[] };
}

/**
 * The first ledger, and the task whose deadline is the median (the first on or after that day): its
 * cursor starts the middle page, its lead unit's workload is measured, its ID refetched. Asked of the
 * graph with a filter, since IDs and cursors are sealed.
 */
export async function findAnchors(send: Send, medianDeadline: string): Promise<Anchors> {
  const data = (await send(
    `query Anchors($day: LocalDate!) {
      ledgers(first: 1) { nodes { id } }
      reformTasks(first: 1, filter: { deadline: { gte: $day } }, orderBy: [{ field: DEADLINE, direction: ASC }]) {
        pageInfo { endCursor }
        nodes { id leadUnit { id } }
      }
    }`,
    { day: medianDeadline },
  )) as AnchorPage;
  const ledger = data.ledgers.nodes[0];
  const task = data.reformTasks.nodes[0];
  const middle = data.reformTasks.pageInfo.endCursor;
  if (!ledger || !task || !middle) throw new Error('The benchmark database has no ledger or no tasks: generate it again.');
  return { ledgerId: ledger.id, unitId: task.leadUnit.id, middle, taskId: task.id };
}
