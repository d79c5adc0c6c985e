// A year's region evaluations (the year is the one parameter), computed in one statement from the year's round and the weights
// row (evaluation_weights), and written into region_evaluation: every region gets its row, its
// total and its rank. Components are rounded to two decimals before the total is formed from them.

const value = (column: string) =>
  `(case ${column} when 'MET' then w.met_value when 'PARTLY_MET' then w.partly_met_value else w.not_met_value end)`;

export const COMPUTE_EVALUATIONS = `
with y as (select ?::int as year),
w as (select * from evaluation_weights where id = 1),
rnd as (select id from inspection_round where year = (select year from y)),
checked as (
  select v.region_id, count(*)::int as checks,
    round(100 * avg((${value('c.quantity')} + ${value('c.results')} + ${value('c.quality')}) / 3), 2) as score
  from inspection_task_check c
  join inspection_visit v on v.id = c.visit_id
  cross join w
  where v.round_id in (select id from rnd)
  group by v.region_id
),
found as (
  select f.region_id,
    (count(*) filter (where f.severity = 'MINOR'))::int as minor,
    (count(*) filter (where f.severity = 'SERIOUS'))::int as serious,
    (count(*) filter (where f.severity = 'CRITICAL'))::int as critical
  from inspection_finding f
  where f.round_id in (select id from rnd)
  group by f.region_id
),
noticed as (
  select f.region_id, count(*)::int as notices,
    (count(*) filter (where n.status = 'CLOSED' and n.closed_on_time))::int as on_time,
    (count(*) filter (where n.status = 'CLOSED' and not n.closed_on_time))::int as late
  from rectification_notice n
  join inspection_finding f on f.id = n.finding_id
  where f.round_id in (select id from rnd)
  group by f.region_id
),
scored as (
  select r.id as region_id, e.daily_score, ch.score as inspection_score, coalesce(ch.checks, 0) as checks,
    coalesce(fo.minor, 0) as minor, coalesce(fo.serious, 0) as serious, coalesce(fo.critical, 0) as critical,
    coalesce(nt.notices, 0) as notices, coalesce(nt.on_time, 0) as on_time, coalesce(nt.late, 0) as late,
    case when coalesce(nt.notices, 0) = 0 then 100.00
      else round(100 * (nt.on_time + w.late_closure_credit * nt.late) / nt.notices, 2) end as rectification_score,
    round(coalesce(fo.minor, 0) * w.minor_deduction + coalesce(fo.serious, 0) * w.serious_deduction
      + coalesce(fo.critical, 0) * w.critical_deduction, 2) as deduction
  from region r
  cross join w
  left join checked ch on ch.region_id = r.id
  left join found fo on fo.region_id = r.id
  left join noticed nt on nt.region_id = r.id
  left join region_evaluation e on e.region_id = r.id and e.year = (select year from y)
),
totalled as (
  select s.*,
    case when s.daily_score is null or s.inspection_score is null then null
      else greatest(0, round(w.daily_performance * s.daily_score + w.inspection * s.inspection_score
        + w.rectification * s.rectification_score - s.deduction, 2)) end as total
  from scored s cross join w
)
insert into region_evaluation as e (region_id, year, daily_score, daily_notes, inspection_score, checks, minor_findings,
  serious_findings, critical_findings, notices, notices_closed_on_time, notices_closed_late, rectification_score, deduction,
  total, rank, computed_at, created_at, updated_at)
select region_id, (select year from y), daily_score, '', inspection_score, checks, minor, serious, critical, notices, on_time, late,
  rectification_score, deduction, total, rank() over (order by total desc nulls last), now(), now(), now()
from totalled
on conflict (region_id, year) do update set
  inspection_score = excluded.inspection_score, checks = excluded.checks, minor_findings = excluded.minor_findings,
  serious_findings = excluded.serious_findings, critical_findings = excluded.critical_findings, notices = excluded.notices,
  notices_closed_on_time = excluded.notices_closed_on_time, notices_closed_late = excluded.notices_closed_late,
  rectification_score = excluded.rectification_score, deduction = excluded.deduction, total = excluded.total,
  rank = excluded.rank, computed_at = excluded.computed_at, updated_at = excluded.updated_at
returning e.id::text as key, e.region_id::text as "regionKey", e.total::text as total, e.rank
`;
