import { GuidanceVisit } from './guidance-visit.entity.js';
import { RecognitionLevel, ReformCaseStatus } from './reform-case.enums.js';
import { ReformCase } from './reform-case.entity.js';
import { reformCases } from '../reform-ledger/index.js';
import { existing, lookup, must, type SeedRun } from '../../shared/db/seed-kit.js';

/** The 133 reform cases with their decisions and the guidance visits. */
export async function seedReformCases(run: SeedRun): Promise<void> {
  const { adds, today } = run;
  const units = lookup(run, 'units');
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
        {
          selected: status === ReformCaseStatus.SELECTED,
          level: seed.recognition ? RecognitionLevel[seed.recognition.level] : null,
          recognizedBy: seed.recognition?.by ?? null,
        },
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
