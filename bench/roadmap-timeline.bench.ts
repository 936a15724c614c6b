import { performance } from 'node:perf_hooks';
import { dependencyLoop } from '../src/programme/roadmaps/dependency-loop';
import { ganttSvg, type GanttStep } from '../src/programme/roadmaps/gantt-svg';
import { roadmapProgress } from '../src/programme/roadmaps/roadmap-progress';
import { STEP_STATUSES } from '../src/programme/roadmaps/step-status';

/**
 * A roadmap's figures (printed, never asserted): the server-drawn Gantt of 50, 200 and 1,000
 * steps with a dependency each (time p50/p99 over many draws, and size), progress over 2,000
 * steps (the programme dashboard's load), and the loop check on a chain of 1,000 steps.
 */
const PILLARS = ['legislative', 'piu', 'carrier-engagement', 'technology', 'maritime'];
const LABELS = {
  title: 'Timeline of the roadmap of Kenya',
  description: 'Steps grouped by pillar.',
  today: 'Today',
  overdue: 'overdue',
  empty: 'No steps yet.',
  status: Object.fromEntries(STEP_STATUSES.map((s) => [s, s])) as Record<
    (typeof STEP_STATUSES)[number],
    string
  >,
  pillars: Object.fromEntries(PILLARS.map((p) => [p, p])),
};

function steps(count: number): GanttStep[] {
  return Array.from({ length: count }, (_, index) => {
    const start = Date.UTC(2025, 0, 1) + (index % 400) * 86_400_000 * 1.5;
    const due = start + (30 + (index % 9) * 20) * 86_400_000;
    return {
      id: index + 1,
      title: `Step ${index + 1}: a title of some fifty characters for the bar`,
      pillar: PILLARS[index % PILLARS.length],
      startOn: new Date(start).toISOString().slice(0, 10),
      dueOn: new Date(due).toISOString().slice(0, 10),
      status: STEP_STATUSES[index % STEP_STATUSES.length],
      overdue: index % 7 === 0,
      dependsOn: index > 0 ? [index] : [],
      href: `/states/KEN/roadmap/steps/${index + 1}`,
    };
  });
}

function timed(runs: number, work: () => unknown): { p50: number; p99: number } {
  // Warm up first: the figures are for a running portal, not for the first call's compilation.
  for (let run = 0; run < 20; run++) work();
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: times[Math.floor(runs * 0.5)], p99: times[Math.floor(runs * 0.99)] };
}

const ms = (value: number) => `${value.toFixed(3)} ms`;

for (const count of [50, 200, 1000]) {
  const input = { steps: steps(count), pillars: PILLARS, today: '2026-06-15', labels: LABELS };
  const svg = ganttSvg(input);
  const { p50, p99 } = timed(count > 500 ? 100 : 500, () => ganttSvg(input));
  console.log(
    `gantt ${String(count).padStart(5)} steps: p50 ${ms(p50)}, p99 ${ms(p99)}, ${(svg.length / 1024).toFixed(1)} KB`,
  );
}

const many = steps(2000).map((step) => ({ ...step, weight: (step.id % 10) + 1 }));
const progress = timed(200, () => roadmapProgress(many, PILLARS, '2026-06-15'));
console.log(`progress over 2,000 steps: p50 ${ms(progress.p50)}, p99 ${ms(progress.p99)}`);

const chain = new Map<number, number[]>();
for (let id = 2; id < 1000; id++) chain.set(id, [id + 1]);
chain.set(1000, [1]);
const loop = timed(200, () => dependencyLoop(1, [2], chain));
console.log(`loop check, chain of 1,000 steps: p50 ${ms(loop.p50)}, p99 ${ms(loop.p99)}`);
