import type { Knex } from '@mikro-orm/postgresql';
import { columnLoader, countBy, groupLoader, type LoaderCache } from '../../shared/db/loader.js';
import type { PageArgs } from '../../shared/graphql/connection.js';
import { paginateGroups } from '../../shared/graphql/paginate.js';
import { selectTasks, taskSortKeys, toTask } from '../reform-ledger/index.js';
import { selectLedReforms, toLedReform } from './led-reform.read.js';

export function ledReformLoaders(db: Knex, cache: LoaderCache) {
  return {
    byKey: columnLoader(
      () => selectLedReforms(db),
      'lr.id',
      toLedReform,
      (r) => r.key,
    ),
    /** `LedReform.tasks`: the linked tasks of every reform of the request, in one statement. */
    tasksOf: (args: PageArgs) =>
      cache.get('LedReform.tasks', args, () =>
        groupLoader((groupKeys) =>
          paginateGroups({
            db,
            query: () =>
              selectTasks(db).join('led_reform_task as lrt', 'lrt.task_id', 't.id').select({ ledReformKey: 'lrt.led_reform_id' }),
            keys: taskSortKeys(null),
            args,
            map: toTask,
            group: { column: 'lrt.led_reform_id', property: 'ledReformKey' },
            groupKeys,
            countGroups: (keys) => countBy(db, 'led_reform_task', 'led_reform_id', keys),
          }),
        ),
      ),
  };
}

declare module '../../shared/context.js' {
  interface Loaders {
    ledReform: ReturnType<typeof ledReformLoaders>;
  }
}
