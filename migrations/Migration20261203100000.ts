import { Migration } from '@mikro-orm/migrations';

/**
 * An index for every ordering a connection offers, so a page beyond a cursor is a seek into it:
 * `(column, id)` for the lists, `(parent, column, id)` for the connections per parent (a unit's
 * lead tasks, a section's tasks, a round's visits…); the index on `implements_id` alone is covered
 * by the new ones that start with it. Unique sort columns (codes, years, ordinals) are served by
 * their unique index already.
 */
export class Migration20261203100000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "reform_task_lead_unit_id_code_id_index" on "reform_task" ("lead_unit_id", "code", "id");`);
    this.addSql(`create index "reform_task_lead_unit_id_status_id_index" on "reform_task" ("lead_unit_id", "status", "id");`);
    this.addSql(`create index "reform_task_lead_unit_id_updated_at_id_index" on "reform_task" ("lead_unit_id", "updated_at", "id");`);
    this.addSql(`create index "reform_task_section_id_deadline_id_index" on "reform_task" ("section_id", "deadline", "id");`);
    this.addSql(`create index "reform_task_section_id_status_id_index" on "reform_task" ("section_id", "status", "id");`);
    this.addSql(`create index "reform_task_section_id_updated_at_id_index" on "reform_task" ("section_id", "updated_at", "id");`);
    this.addSql(`create index "reform_task_implements_id_deadline_id_index" on "reform_task" ("implements_id", "deadline", "id");`);
    this.addSql(`create index "reform_task_implements_id_code_id_index" on "reform_task" ("implements_id", "code", "id");`);
    this.addSql(`create index "reform_task_implements_id_status_id_index" on "reform_task" ("implements_id", "status", "id");`);
    this.addSql(`create index "reform_task_implements_id_updated_at_id_index" on "reform_task" ("implements_id", "updated_at", "id");`);
    this.addSql(`create index "unit_created_at_id_index" on "unit" ("created_at", "id");`);
    this.addSql(`create index "unit_updated_at_id_index" on "unit" ("updated_at", "id");`);
    this.addSql(`create index "unit_parent_id_name_id_index" on "unit" ("parent_id", "name", "id");`);
    this.addSql(`create index "unit_parent_id_created_at_id_index" on "unit" ("parent_id", "created_at", "id");`);
    this.addSql(`create index "unit_parent_id_updated_at_id_index" on "unit" ("parent_id", "updated_at", "id");`);
    this.addSql(`create index "unit_region_id_name_id_index" on "unit" ("region_id", "name", "id");`);
    this.addSql(`create index "unit_region_id_created_at_id_index" on "unit" ("region_id", "created_at", "id");`);
    this.addSql(`create index "unit_region_id_updated_at_id_index" on "unit" ("region_id", "updated_at", "id");`);
    this.addSql(`create index "person_name_id_index" on "person" ("name", "id");`);
    this.addSql(`create index "person_title_id_index" on "person" ("title", "id");`);
    this.addSql(`create index "person_unit_id_title_id_index" on "person" ("unit_id", "title", "id");`);
    this.addSql(`create index "coordination_issue_opened_on_id_index" on "coordination_issue" ("opened_on", "id");`);
    this.addSql(`create index "coordination_issue_target_date_id_index" on "coordination_issue" ("target_date", "id");`);
    this.addSql(`create index "coordination_issue_updated_at_id_index" on "coordination_issue" ("updated_at", "id");`);
    this.addSql(`create index "action_item_due_date_id_index" on "action_item" ("due_date", "id");`);
    this.addSql(`create index "action_item_created_at_id_index" on "action_item" ("created_at", "id");`);
    this.addSql(`create index "inspection_finding_found_on_id_index" on "inspection_finding" ("found_on", "id");`);
    this.addSql(`create index "inspection_finding_created_at_id_index" on "inspection_finding" ("created_at", "id");`);
    this.addSql(`create index "inspection_visit_round_id_visited_on_id_index" on "inspection_visit" ("round_id", "visited_on", "id");`);
    this.addSql(`create index "led_reform_theme_id_index" on "led_reform" ("theme", "id");`);
    this.addSql(`create index "led_reform_updated_at_id_index" on "led_reform" ("updated_at", "id");`);
    this.addSql(`create index "major_decision_created_at_id_index" on "major_decision" ("created_at", "id");`);
    this.addSql(`create index "major_decision_title_id_index" on "major_decision" ("title", "id");`);
    this.addSql(`create index "major_decision_updated_at_id_index" on "major_decision" ("updated_at", "id");`);
    this.addSql(`create index "rectification_notice_issued_on_id_index" on "rectification_notice" ("issued_on", "id");`);
    this.addSql(`create index "rectification_notice_updated_at_id_index" on "rectification_notice" ("updated_at", "id");`);
    this.addSql(`create index "reform_case_created_at_id_index" on "reform_case" ("created_at", "id");`);
    this.addSql(`create index "reform_case_title_id_index" on "reform_case" ("title", "id");`);
    this.addSql(`drop index "reform_task_implements_id_index";`);
  }

  override async down(): Promise<void> {
    this.addSql(`create index "reform_task_implements_id_index" on "reform_task" ("implements_id");`);
    this.addSql(`drop index "reform_task_lead_unit_id_code_id_index";`);
    this.addSql(`drop index "reform_task_lead_unit_id_status_id_index";`);
    this.addSql(`drop index "reform_task_lead_unit_id_updated_at_id_index";`);
    this.addSql(`drop index "reform_task_section_id_deadline_id_index";`);
    this.addSql(`drop index "reform_task_section_id_status_id_index";`);
    this.addSql(`drop index "reform_task_section_id_updated_at_id_index";`);
    this.addSql(`drop index "reform_task_implements_id_deadline_id_index";`);
    this.addSql(`drop index "reform_task_implements_id_code_id_index";`);
    this.addSql(`drop index "reform_task_implements_id_status_id_index";`);
    this.addSql(`drop index "reform_task_implements_id_updated_at_id_index";`);
    this.addSql(`drop index "unit_created_at_id_index";`);
    this.addSql(`drop index "unit_updated_at_id_index";`);
    this.addSql(`drop index "unit_parent_id_name_id_index";`);
    this.addSql(`drop index "unit_parent_id_created_at_id_index";`);
    this.addSql(`drop index "unit_parent_id_updated_at_id_index";`);
    this.addSql(`drop index "unit_region_id_name_id_index";`);
    this.addSql(`drop index "unit_region_id_created_at_id_index";`);
    this.addSql(`drop index "unit_region_id_updated_at_id_index";`);
    this.addSql(`drop index "person_name_id_index";`);
    this.addSql(`drop index "person_title_id_index";`);
    this.addSql(`drop index "person_unit_id_title_id_index";`);
    this.addSql(`drop index "coordination_issue_opened_on_id_index";`);
    this.addSql(`drop index "coordination_issue_target_date_id_index";`);
    this.addSql(`drop index "coordination_issue_updated_at_id_index";`);
    this.addSql(`drop index "action_item_due_date_id_index";`);
    this.addSql(`drop index "action_item_created_at_id_index";`);
    this.addSql(`drop index "inspection_finding_found_on_id_index";`);
    this.addSql(`drop index "inspection_finding_created_at_id_index";`);
    this.addSql(`drop index "inspection_visit_round_id_visited_on_id_index";`);
    this.addSql(`drop index "led_reform_theme_id_index";`);
    this.addSql(`drop index "led_reform_updated_at_id_index";`);
    this.addSql(`drop index "major_decision_created_at_id_index";`);
    this.addSql(`drop index "major_decision_title_id_index";`);
    this.addSql(`drop index "major_decision_updated_at_id_index";`);
    this.addSql(`drop index "rectification_notice_issued_on_id_index";`);
    this.addSql(`drop index "rectification_notice_updated_at_id_index";`);
    this.addSql(`drop index "reform_case_created_at_id_index";`);
    this.addSql(`drop index "reform_case_title_id_index";`);
  }
}
