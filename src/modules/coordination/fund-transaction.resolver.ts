import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../shared/context.js';
import { loadRequired, type Loaded } from '../../shared/db/loader.js';
import { registerNodeType } from '../../shared/graphql/node.js';
import { UserType } from '../user/index.js';
import { FundTransactionType } from './fund.types.js';

registerNodeType('FundTransaction', { load: (ctx, key) => ctx.loaders.coordination.transactionByKey.load(key) });

@Resolver(() => FundTransactionType)
export class FundTransactionResolver {
  @FieldResolver(() => UserType, { description: 'Who recorded it.' })
  recordedBy(@Root() transaction: FundTransactionType, @Ctx() ctx: Context): Loaded<UserType> {
    return loadRequired(ctx.loaders.user.byKey, transaction.recordedByKey, 'user');
  }
}
