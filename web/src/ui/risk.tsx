/**
 * @module Risk shown the same way everywhere: a number and a bar from neutral to red. Risk has no upper bound (one
 * person reaches several hundred), so the bar grows on a log scale that still separates 20 from 40.
 */
import { formatRisk } from '../format/numbers';

/** A risk value that fills the bar. */
const FULL = 500;

function riskFraction(risk: number): number {
  return Math.min(1, Math.log1p(Math.max(0, risk)) / Math.log1p(FULL));
}

/** The colour band: below the alert threshold, alerted, high, critical. */
function riskBand(risk: number): 'low' | 'medium' | 'high' | 'critical' {
  if (risk < 20) return 'low';
  if (risk < 60) return 'medium';
  if (risk < 200) return 'high';
  return 'critical';
}

export function RiskBar({ risk }: { risk: number }) {
  return (
    <span className={`risk risk-${riskBand(risk)}`}>
      <span className="risk-value">{formatRisk(risk)}</span>
      <span className="risk-track" aria-hidden="true">
        <span className="risk-fill" style={{ width: `${Math.round(riskFraction(risk) * 100)}%` }} />
      </span>
    </span>
  );
}
