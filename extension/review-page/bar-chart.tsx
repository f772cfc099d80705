/**
 * A small horizontal bar chart in plain SVG (#20: no chart library). The numbers are written
 * beside the bars, so the chart reads without colour; the figure's caption names what it counts.
 */
export interface Bar {
  label: string;
  value: number;
}

const ROW = 26;
const LABEL = 270;
const WIDTH = 640;
const VALUE = 48;

export function BarChart({ id, caption, bars }: { id: string; caption: string; bars: Bar[] }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  const span = WIDTH - LABEL - VALUE;
  return (
    <figure class="chart" data-testid={`chart-${id}`}>
      <figcaption id={`chart-${id}`}>{caption}</figcaption>
      {/* biome-ignore lint/a11y/noSvgWithoutTitle: the figure's caption names it (aria-labelledby) */}
      <svg viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`} width="100%" role="img" aria-labelledby={`chart-${id}`} preserveAspectRatio="xMinYMin meet">
        {bars.map((bar, i) => (
          <g key={bar.label} transform={`translate(0 ${i * ROW})`} data-testid="bar" data-value={bar.value}>
            <text x={LABEL - 8} y={ROW / 2} text-anchor="end" dominant-baseline="middle">
              {bar.label}
            </text>
            <rect x={LABEL} y={4} height={ROW - 8} width={Math.max(bar.value ? 2 : 0, (bar.value / max) * span)} rx={3} />
            <text x={LABEL + (bar.value / max) * span + 6} y={ROW / 2} dominant-baseline="middle">
              {bar.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
