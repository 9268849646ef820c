/** @module Risk over time as an SVG line chart: the last 60 days up to the data's "now", with labelled axes. */
import { useRef } from 'react';
import { api, seg } from '../api/client';
import type { RiskSeries } from '../api/types';
import { useResource } from '../api/use-resource';
import { formatRisk } from '../format/numbers';
import { useWorkClock } from '../format/work-clock';
import { formatWall } from '../format/zoned-time';
import { useI18n } from '../i18n/language';
import { EmptyState, ErrorMessage, Loading } from '../ui/feedback';
import { useWidth } from '../ui/use-width';

const DAYS = 60;
const POINTS = 60;
const HEIGHT = 200;
const PAD = { left: 44, right: 12, top: 12, bottom: 26 };

export function RiskChart({ personRef, asOf }: { personRef: string; asOf: number }) {
  const { t } = useI18n();
  const { timeZone } = useWorkClock();
  const box = useRef<HTMLDivElement>(null);
  const width = useWidth(box, 560);
  const series = useResource(
    () =>
      api.get<RiskSeries>(`/api/persons/${seg(personRef)}/risk`, {
        from: asOf - DAYS * 86_400_000,
        to: asOf,
        points: POINTS,
      }),
    [personRef, asOf],
  );

  const points = series.data?.points ?? [];
  return (
    <div ref={box} className="risk-chart" data-testid="risk-chart">
      <ErrorMessage error={series.error} />
      {series.loading && !series.data && <Loading />}
      {series.data && points.length < 2 && <EmptyState title={t('risk.empty')} />}
      {points.length >= 2 && (
        <Chart
          points={points}
          width={width}
          timeZone={timeZone}
          label={t('risk.chartLabel', { days: DAYS })}
        />
      )}
    </div>
  );
}

interface ChartProps {
  points: RiskSeries['points'];
  width: number;
  timeZone: string;
  label: string;
}

function Chart({ points, width, timeZone, label }: ChartProps) {
  const first = points[0]!.at;
  const last = points[points.length - 1]!.at;
  const top = niceCeiling(Math.max(...points.map((p) => p.risk)));
  const plotW = width - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (at: number) => PAD.left + ((at - first) / Math.max(1, last - first)) * plotW;
  const y = (risk: number) => PAD.top + plotH - (risk / top) * plotH;
  const line = points.map((p, i) => `${i ? 'L' : 'M'}${x(p.at).toFixed(1)},${y(p.risk).toFixed(1)}`).join('');
  const area = `${line}L${x(last).toFixed(1)},${y(0)}L${x(first).toFixed(1)},${y(0)}Z`;
  const yTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => f * top);
  const xTicks = [0, 0.25, 0.5, 0.75, 1].map((f) => first + f * (last - first));
  const peak = points.reduce((best, p) => (p.risk > best.risk ? p : best));
  return (
    <svg width={width} height={HEIGHT} role="img" aria-label={label}>
      <title>{label}</title>
      {yTicks.map((risk) => (
        <g key={risk}>
          <line className="grid-line" x1={PAD.left} x2={width - PAD.right} y1={y(risk)} y2={y(risk)} />
          <text className="axis-label" x={PAD.left - 6} y={y(risk) + 4} textAnchor="end">
            {formatRisk(risk)}
          </text>
        </g>
      ))}
      {xTicks.map((at, i) => (
        <text
          key={at}
          className="axis-label"
          x={x(at)}
          y={HEIGHT - 8}
          textAnchor={i === 0 ? 'start' : i === xTicks.length - 1 ? 'end' : 'middle'}
        >
          {formatWall(at, timeZone, 'date').slice(5)}
        </text>
      ))}
      <path className="risk-area" d={area} />
      <path className="risk-line" d={line} />
      {peak.risk > 0 && (
        <g>
          <circle className="peak-dot" cx={x(peak.at)} cy={y(peak.risk)} r={3.5} />
          <text
            className="peak-label"
            x={x(peak.at)}
            y={y(peak.risk) - 7}
            textAnchor={x(peak.at) > width - 60 ? 'end' : 'middle'}
          >
            {formatRisk(peak.risk)}
          </text>
        </g>
      )}
    </svg>
  );
}

/** A round top for the y axis, so ticks read 0, 25, 50… rather than 0, 31.7, 63.4… */
function niceCeiling(value: number): number {
  if (value <= 0) return 10;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  const step = [1, 2, 2.5, 5, 10].find((s) => s * magnitude >= value) ?? 10;
  return step * magnitude;
}
