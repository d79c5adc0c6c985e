// The operations the explorer opens with, one tab each. Plain data, no browser API: the tests
// validate every one against the schema and run it against the demo data.

export interface Example {
  /** Says in a line what the tab shows. */
  title: string;
  query: string;
  /** JSON text for the variables editor. */
  variables?: string;
}

const overdueTasks = `# Overdue tasks, most overdue first. Set "unit" to a unit's ID (the Units
# operation below lists them) for one unit's tasks; null shows every unit's.
query OverdueTasks($unit: ID) {
  reformTasks(
    filter: { overdue: true, unit: { eq: $unit } }
    orderBy: [{ field: DEADLINE, direction: ASC }]
    first: 20
  ) {
    totalCount
    nodes {
      code
      title
      status
      deadline
      leadUnit {
        name
      }
      latestProgress {
        percent
        reportedOn
      }
    }
  }
}

query Units {
  units(filter: { kind: { eq: COURT } }, first: 20) {
    nodes {
      id
      code
      name
    }
  }
}
`;

const matterReadiness = `# Major matters under assessment or ready for decision, and what still
# stands between each and a decision (the same rule decideMajorDecision applies).
query MatterReadiness {
  majorDecisions(filter: { status: { in: [ASSESSING, READY] } }, first: 5) {
    nodes {
      id
      title
      status
      category {
        name
      }
      currentAssessment {
        status
        level
      }
      readiness {
        allowedOutcomes
        canApprove
        viewerMayDecide
        blockingReasons {
          code
          message
        }
      }
    }
  }
}
`;

const issueBlockers = `# A coordination issue: what still keeps it from closing, its money,
# and its timeline (read from the audit trail).
query IssueBlockersAndTimeline {
  coordinationIssues(first: 1) {
    nodes {
      id
      title
      status
      targetDate
      fundTotals {
        obligated
        transferred
        disbursed
        outstanding
      }
      closureBlockers {
        clear
        openActionItems {
          description
          dueDate
        }
        unsettledObligations {
          purpose
          outstanding
        }
      }
      timeline(first: 20) {
        nodes {
          at
          action
          actor {
            displayName
          }
        }
      }
    }
  }
}
`;

const latestRotation = `# The latest inspection round and its ring: each group, the region its
# members come from, and the region it inspects.
query LatestRotation {
  inspectionRounds(first: 1) {
    nodes {
      year
      title
      status
      assignments {
        group {
          name
          leader {
            name
          }
        }
        fromRegion {
          name
        }
        region {
          name
        }
      }
    }
  }
}
`;

export const examples: Example[] = [
  { title: "A unit's overdue tasks", query: overdueTasks, variables: '{\n  "unit": null\n}' },
  { title: "A major matter's readiness", query: matterReadiness },
  { title: "A coordination issue's blockers and timeline", query: issueBlockers },
  { title: "The latest inspection round's ring", query: latestRotation },
];
