/**
 * A bulletin chart: chart.js drawing the very numbers of the table it sits above. Hydrated
 * client:visible, so its code loads only when a chart scrolls into view. Registers only what it
 * draws; Okabe–Ito colours plus hatching, dashes and point shapes so that series stay apart in
 * greyscale print and for colour-blind readers; no animation when the reader prefers reduced motion.
 * The legend is HTML (cheaper than chart.js's Legend plugin, and readable at any text size). No pie:
 * shares compare better as bars, and leaving out PieController and ArcElement keeps the budget.
 */
import { useEffect, useRef } from 'react';
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
  type ChartDataset,
} from 'chart.js';
import { formatNumber, type ChartKind } from '../../lib/bulletin.ts';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip);

export interface BulletinChartProps {
  kind: ChartKind;
  categories: string[];
  series: { name: string; values: (number | null)[] }[];
  unit: string;
  decimals: number;
  /** The summary a screen reader announces (role="img"). */
  label: string;
  /** id of the table holding the same numbers. */
  describedBy: string;
  horizontal?: boolean;
  height: number;
}

/** Okabe & Ito (2008), colour-blind safe; ordered so that neighbours differ in lightness too. */
export const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];
const DASHES: number[][] = [[], [8, 4], [2, 3], [12, 4, 2, 4]];
const POINTS = ['circle', 'triangle', 'rect', 'rectRot'] as const;

/** Diagonal hatching over the colour: a second cue besides hue and lightness. */
function hatch(color: string, index: number): CanvasPattern | string {
  if (index === 0) return color;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = 'rgba(0, 0, 0, 0.55)';
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  if (index % 2 === 1) {
    ctx.moveTo(0, 8); ctx.lineTo(8, 0); ctx.moveTo(-2, 2); ctx.lineTo(2, -2); ctx.moveTo(6, 10); ctx.lineTo(10, 6);
  } else {
    ctx.moveTo(4, 0); ctx.lineTo(4, 8);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/**
 * The legend key of a series, drawn the way the chart draws it: hatching for bars, dashes for lines.
 * SVG paint attributes, not a style attribute: the Content-Security-Policy allows no inline styles.
 */
function Swatch({ kind, index }: { kind: ChartKind; index: number }) {
  const color = PALETTE[index % PALETTE.length]!;
  if (kind === 'line') {
    const dash = DASHES[index % DASHES.length]!;
    return (
      <svg className="bulletin-chart-swatch" width="2.2em" height="0.9em" viewBox="0 0 22 9" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line x1="0" y1="4.5" x2="22" y2="4.5" stroke={color} strokeWidth="3" strokeDasharray={dash.length > 0 ? dash.map((n) => n / 2).join(' ') : undefined} />
      </svg>
    );
  }
  // The same tile as hatch(): diagonal lines for odd series, vertical for even ones after the first.
  const lines = index === 0 ? '' : index % 2 === 1 ? 'M-3 9 L6 0 M2 9 L11 0 M7 9 L16 0 M12 9 L21 0' : 'M3.5 0 V9 M7 0 V9 M10.5 0 V9';
  return (
    <svg className="bulletin-chart-swatch" width="1.4em" height="0.9em" viewBox="0 0 14 9" aria-hidden="true" focusable="false">
      <rect x="0.5" y="0.5" width="13" height="8" fill={color} stroke="#000" />
      {lines && <path d={lines} stroke="rgba(0, 0, 0, 0.55)" strokeWidth="1.5" fill="none" />}
    </svg>
  );
}

function cssVar(name: string, fallback: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function draw(element: HTMLCanvasElement, props: BulletinChartProps): Chart {
  const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const text = cssVar('--color-text', '#1b1b1b');
  const grid = cssVar('--color-border', '#b1b4b6');
  Chart.defaults.font.family = cssVar('--font-sans', 'sans-serif');
  Chart.defaults.font.size = Math.round(parseFloat(getComputedStyle(document.documentElement).fontSize) * 0.8);
  Chart.defaults.color = text;

  const fmt = (value: number | string) => {
    const n = typeof value === 'number' ? value : Number(value);
    return formatNumber(n, Number.isInteger(n) ? 0 : props.decimals);
  };
  const isLine = props.kind === 'line';
  const datasets: ChartDataset<'bar' | 'line', (number | null)[]>[] = props.series.map((series, index) => {
    const color = PALETTE[index % PALETTE.length]!;
    if (isLine) {
      return {
        label: series.name,
        data: series.values,
        borderColor: color,
        backgroundColor: color,
        borderWidth: 3,
        borderDash: DASHES[index % DASHES.length]!,
        pointStyle: POINTS[index % POINTS.length]!,
        pointRadius: 5,
        spanGaps: false,
      } as ChartDataset<'line', (number | null)[]>;
    }
    return { label: series.name, data: series.values, backgroundColor: hatch(color, index), borderColor: '#000000', borderWidth: props.series.length > 1 ? 1 : 0 } as ChartDataset<'bar', (number | null)[]>;
  });

  const valueAxis = { beginAtZero: !isLine, grid: { color: grid }, ticks: { callback: (value: number | string) => fmt(value) }, stacked: props.kind === 'stacked', title: { display: true, text: props.unit } };
  const categoryAxis = { grid: { display: false }, stacked: props.kind === 'stacked' };
  const config = {
    type: isLine ? 'line' : 'bar',
    data: { labels: props.categories, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: reduceMotion ? false : { duration: 400 },
      indexAxis: props.horizontal ? 'y' : 'x',
      plugins: {
        tooltip: { callbacks: { label: (item: { dataset: { label?: string }; raw: unknown }) => `${item.dataset.label ?? ''}：${item.raw === null ? '..' : fmt(item.raw as number)} ${props.unit}` } },
      },
      scales: props.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
  } as unknown as ChartConfiguration;
  return new Chart(element, config);
}

export default function BulletinChart(props: BulletinChartProps) {
  const frame = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  useEffect(() => {
    const element = canvas.current;
    if (!element || !frame.current) return;
    // Through the CSSOM, which the Content-Security-Policy allows (a style attribute it would block).
    // Until hydration, the stylesheet reserves the usual heights (BulletinFigure.astro).
    frame.current.style.height = `${props.height}px`;
    let chart = draw(element, props);
    // The reading preferences (字号, 高对比, 长者模式) change colours and sizes: draw again with the new ones.
    const observer = new MutationObserver(() => {
      chart.destroy();
      chart = draw(element, props);
    });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-contrast', 'data-text-size'] });
    return () => {
      observer.disconnect();
      chart.destroy();
    };
  }, [props]);

  return (
    <>
      {props.series.length > 1 && (
        <ul className="bulletin-chart-legend" aria-hidden="true">
          {props.series.map((series, index) => (
            <li key={series.name}>
              <Swatch kind={props.kind} index={index} />
              {series.name}
            </li>
          ))}
        </ul>
      )}
      <div ref={frame} className={props.horizontal ? 'bulletin-chart-frame bulletin-chart-frame--horizontal' : 'bulletin-chart-frame'}>
        <canvas ref={canvas} role="img" aria-label={props.label} aria-describedby={props.describedBy}>
          {props.label}
        </canvas>
      </div>
    </>
  );
}
