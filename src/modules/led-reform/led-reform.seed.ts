import { LedReform } from './led-reform.entity.js';
import { Person } from '../unit/index.js';
import { ledReforms } from '../reform-ledger/index.js';
import { existing, lookup, must, type SeedRun } from '../../shared/db/seed-kit.js';

/** The 40 led reforms, each led by its unit's principal head and completed once its tasks were. */
export async function seedLedReforms(run: SeedRun): Promise<void> {
  const { adds } = run;
  const tasks = lookup(run, 'tasks');
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
