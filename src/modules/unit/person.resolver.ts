import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { ConnectionArgs, type Page } from '../../shared/graphql/connection.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { PersonFilter, PersonOrder } from './unit.inputs.js';
import { listPeople } from './unit.read.js';
import { PersonConnection, PersonType, UnitType } from './unit.types.js';

registerNodeType('Person', { load: (ctx, key) => ctx.loaders.unit.personByKey.load(key) });

@Resolver(() => PersonType)
export class PersonResolver {
  @Query(() => PersonConnection, {
    nullable: true,
    description: 'Cadres of all units (by name unless `orderBy` says otherwise); null only when the arguments are refused.',
  })
  people(
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Ctx() ctx: Context,
    @Arg('filter', () => PersonFilter, { nullable: true, description: 'Which people.' }) filter?: PersonFilter | null,
    @Arg('orderBy', () => [PersonOrder], { nullable: true, description: 'Ordering; ties broken by ID.' }) orderBy?: PersonOrder[] | null,
  ): Promise<Page<PersonType>> {
    return listPeople(ctx, page, filter, orderBy);
  }

  @FieldResolver(() => UnitType, { description: 'The unit this person works for.' })
  unit(@Root() person: PersonType, @Ctx() ctx: Context): Loaded<UnitType> {
    return loadRequired(ctx.loaders.unit.byKey, person.unitKey, 'unit');
  }
}
