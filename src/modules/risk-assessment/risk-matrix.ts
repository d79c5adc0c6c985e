import { RiskLevel } from './risk-assessment.enums.js';

/** The matrix: likelihood × impact, each 1–5; ≥15 HIGH, 8–14 MEDIUM, ≤7 LOW. */
export const HIGH_FROM = 15;
export const MEDIUM_FROM = 8;

/** A point's score: likelihood × impact, 1–25. */
export function scoreOf(likelihood: number, impact: number): number {
  return likelihood * impact;
}

export function levelOf(likelihood: number, impact: number): RiskLevel {
  const score = scoreOf(likelihood, impact);
  return score >= HIGH_FROM ? RiskLevel.HIGH : score >= MEDIUM_FROM ? RiskLevel.MEDIUM : RiskLevel.LOW;
}

const RANK: Record<RiskLevel, number> = { [RiskLevel.LOW]: 0, [RiskLevel.MEDIUM]: 1, [RiskLevel.HIGH]: 2 };

/** The highest of the levels; LOW when there are none (every dimension found without significant risk). */
export function highest(levels: RiskLevel[]): RiskLevel {
  return levels.reduce((top, level) => (RANK[level] > RANK[top] ? level : top), RiskLevel.LOW);
}

/** An assessment's level: the highest of its points' (LOW without any), never typed in. */
export function levelOfPoints(points: readonly { likelihood: number; impact: number }[]): RiskLevel {
  return highest(points.map((p) => levelOf(p.likelihood, p.impact)));
}

/** The SQL twin of `levelOf` for a score (likelihood × impact) expression, for filters over stored points. */
export function levelOfScoreSql(score: string): string {
  return `case when (${score}) >= ${HIGH_FROM} then 'HIGH' when (${score}) >= ${MEDIUM_FROM} then 'MEDIUM' else 'LOW' end`;
}

/** All 25 cells of the matrix, by likelihood then impact, as `riskMatrix` shows them. */
export function matrixCells(): { likelihood: number; impact: number; score: number; level: RiskLevel }[] {
  return [1, 2, 3, 4, 5].flatMap((likelihood) =>
    [1, 2, 3, 4, 5].map((impact) => ({ likelihood, impact, score: scoreOf(likelihood, impact), level: levelOf(likelihood, impact) })),
  );
}
