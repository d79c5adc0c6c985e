import { Migration } from '@mikro-orm/migrations';

/** The tables that link something to a task, and the column holding the owner's key. */
const LINKS = [
  ['reform_task_supporting_unit', 'unit_id'],
  ['led_reform_task', 'led_reform_id'],
] as const;
const SORTED = ['code', 'deadline', 'status', 'updated_at'] as const;

/** Migration20261203130000's count trigger for updated supporting rows, counting the rows `removed` (-1) and `added` (+1). */
const supportTallyUpdated = (removed: string, added: string) => {
  const side = (rows: string, n: number) =>
    `select s.unit_id, t.status, t.deadline, ${n} as n from ${rows} s join reform_task t on t.id = s.task_id`;
  return `create or replace function reform_task_support_tally_updated() returns trigger language plpgsql as $$ begin
    perform reform_task_support_tally_add((select jsonb_agg(c) from (${side(removed, -1)} union all ${side(added, 1)}) c));
    return null;
  end $$;`;
};

/**
 * An index for every ordering of the connections that reach tasks through a link table (a unit's
 * supported tasks, a led reform's tasks): the link rows carry copies of the task's sort columns,
 * which triggers keep equal to the task's, indexed `(owner, column, task_id)`, so a page seeks its
 * owner's tasks from the cursor as `(lead_unit_id, column, id)` serves a unit's lead tasks
 * (src/modules/reform-ledger/task-link.entity.ts says why no index on the tables as they were can).
 */
export class Migration20261204110000 extends Migration {
  override async up(): Promise<void> {
    // A new link row takes its task's values; so does one moved to another task.
    this.addSql(`create function reform_task_link_sorted() returns trigger language plpgsql as $$ begin
      select t.code, t.deadline, t.status, t.updated_at into new.code, new.deadline, new.status, new.updated_at
        from reform_task t where t.id = new.task_id;
      return new;
    end $$;`);
    const follow = LINKS.map(
      ([table]) => `update "${table}" l set code = n.code, deadline = n.deadline, status = n.status, updated_at = n.updated_at
        from new_rows n where l.task_id = n.id
          and (l.code, l.deadline, l.status, l.updated_at) is distinct from (n.code, n.deadline, n.status, n.updated_at);`,
    );
    // A task's change reaches its link rows in the same statement (rows of other tasks are not touched).
    this.addSql(`create function reform_task_links_follow() returns trigger language plpgsql as $$ begin
      ${follow.join('\n      ')}
      return null;
    end $$;`);
    // A supporting row counts only by its unit and task: an update that moves neither (the copies
    // following their task) changes no count, and stages nothing.
    this.addSql(
      supportTallyUpdated(
        `(select unit_id, task_id from old_rows except all select unit_id, task_id from new_rows)`,
        `(select unit_id, task_id from new_rows except all select unit_id, task_id from old_rows)`,
      ),
    );
    for (const [table, owner] of LINKS) {
      this.addSql(`alter table "${table}" add column "code" text, add column "deadline" date, add column "status" text,
        add column "updated_at" timestamptz(3);`);
      // Filling the copies changes no count: the count triggers sit it out (the table holds every task's supporting rows).
      this.addSql(`alter table "${table}" disable trigger user;`);
      this.addSql(`update "${table}" l set code = t.code, deadline = t.deadline, status = t.status, updated_at = t.updated_at
        from reform_task t where t.id = l.task_id;`);
      this.addSql(`alter table "${table}" enable trigger user;`);
      this.addSql(`alter table "${table}" alter column "code" set not null, alter column "deadline" set not null,
        alter column "status" set not null, alter column "updated_at" set not null;`);
      for (const column of SORTED) {
        this.addSql(`create index "${table}_${owner}_${column}_task_id_index" on "${table}" ("${owner}", "${column}", "task_id");`);
      }
      this.addSql(`create trigger "${table}_sorted" before insert or update of task_id on "${table}"
        for each row execute function reform_task_link_sorted();`);
    }
    this.addSql(`create trigger reform_task_links_follow after update on reform_task
      referencing new table as new_rows for each statement execute function reform_task_links_follow();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger reform_task_links_follow on reform_task;`);
    for (const [table] of LINKS) {
      this.addSql(`drop trigger "${table}_sorted" on "${table}";`);
      this.addSql(`alter table "${table}" drop column "code", drop column "deadline", drop column "status", drop column "updated_at";`);
    }
    this.addSql(`drop function reform_task_links_follow();`);
    this.addSql(`drop function reform_task_link_sorted();`);
    this.addSql(supportTallyUpdated('old_rows', 'new_rows'));
  }
}
