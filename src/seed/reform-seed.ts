import { LedReform } from '../modules/led-reform/led-reform.entity.js';
import { GuidanceVisit } from '../modules/reform-case/guidance-visit.entity.js';
import { RecognitionLevel, ReformCaseStatus } from '../modules/reform-case/reform-case.enums.js';
import { ReformCase } from '../modules/reform-case/reform-case.entity.js';
import type { ReformTask } from '../modules/reform-ledger/reform-task.entity.js';
import { Person } from '../modules/unit/person.entity.js';
import type { Unit } from '../modules/unit/unit.entity.js';
import { ledReforms, reformCases } from './ledger-data.js';
import { existing, must, type Additions } from './seed-kit.js';

/** The 40 led reforms, each led by its unit's principal head and completed once its tasks were. */
export async function seedLedReforms(adds: Additions, tasks: Map<string, ReformTask>): Promise<void> {
  const em = adds.tx.em;
  const heads = await existing(em, Person, (p) => (p.isPrincipalHead ? p.unit.code : `-${p.id}`));
  const present = await existing(em, LedReform, (r) => `${r.unit.code}/${r.year}/${r.theme}`);
  for (const seed of ledReforms) {
    if (present.has(`${seed.unit}/${seed.year}/${seed.theme}`)) continue;
    const reform = new LedReform({ theme: seed.theme, year: seed.year, leader: must(heads, seed.unit) });
    reform.link(seed.tasks.map((t) => must(tasks, `${t.ledger}/${t.task}`)));
    reform.complete(new Date(seed.completedAt));
    adds.add(reform, 'LedReform', { theme: seed.theme, year: seed.year, unit: seed.unit }, 'ledReforms');
  }
  await adds.flush();
}

/** The 133 reform cases with their decisions and the guidance visits. */
export async function seedReformCases(adds: Additions, units: Map<string, Unit>, today: string): Promise<void> {
  const em = adds.tx.em;
  const present = await existing(em, ReformCase, (c) => `${c.unit.code}/${c.title}`);
  for (const seed of reformCases) {
    if (present.has(`${seed.unit}/${seed.title}`)) continue;
    const reformCase = new ReformCase({ unit: must(units, seed.unit), title: seed.title, summary: seed.summary });
    const status = ReformCaseStatus[seed.status];
    // The article's cases were submitted and decided in the first half of 2021.
    if (status !== ReformCaseStatus.CULTIVATING) reformCase.submit(new Date('2021-03-31T09:00:00+08:00'));
    if (status === ReformCaseStatus.SELECTED || status === ReformCaseStatus.NOT_SELECTED) {
      reformCase.decide(
        status === ReformCaseStatus.SELECTED,
        seed.recognition ? { level: RecognitionLevel[seed.recognition.level], by: seed.recognition.by } : null,
        new Date('2021-06-30T09:00:00+08:00'),
      );
    }
    adds.add(reformCase, 'ReformCase', { unit: seed.unit, title: seed.title, status: seed.status }, 'reformCases');
    for (const visit of seed.visits ?? []) {
      const entry = new GuidanceVisit(
        { reformCase, visitedOn: visit.visitedOn, visitingUnit: must(units, visit.visitingUnit), notes: visit.notes },
        today,
      );
      adds.add(entry, 'GuidanceVisit', { ...visit }, 'guidanceVisits');
    }
  }
  await adds.flush();
}
