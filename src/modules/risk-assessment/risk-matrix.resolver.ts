import { Query, Resolver } from 'type-graphql';
import { HIGH_FROM, matrixCells, MEDIUM_FROM } from './risk-matrix.js';
import { RiskMatrix } from './risk-assessment.types.js';

@Resolver(() => RiskMatrix)
export class RiskMatrixResolver {
  @Query(() => RiskMatrix, { description: 'The likelihood × impact matrix that grades risk points.' })
  riskMatrix(): RiskMatrix {
    return { highFrom: HIGH_FROM, mediumFrom: MEDIUM_FROM, cells: matrixCells() };
  }
}
