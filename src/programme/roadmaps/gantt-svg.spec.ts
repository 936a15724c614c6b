import { ganttSvg, type GanttInput, type GanttStep } from './gantt-svg';

const LABELS: GanttInput['labels'] = {
  title: 'Roadmap of Kenya',
  description: '3 steps, 1 done',
  today: 'Today',
  overdue: 'overdue',
  empty: 'No steps yet',
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    done: 'Done',
    blocked: 'Blocked',
    dropped: 'Dropped',
  },
  pillars: { legislative: 'Legislative', piu: 'PIU', maritime: 'Maritime' },
};

const step = (overrides: Partial<GanttStep> & { id: number }): GanttStep => ({
  title: `Step ${overrides.id}`,
  pillar: 'piu',
  startOn: '2026-02-01',
  dueOn: '2026-03-31',
  status: 'not-started',
  overdue: false,
  dependsOn: [],
  ...overrides,
});

const draw = (steps: GanttStep[], today = '2026-03-15') =>
  ganttSvg({ steps, pillars: ['legislative', 'piu', 'maritime'], today, labels: LABELS });

describe('ganttSvg', () => {
  it('is an accessible group, named by its title and described by its description', () => {
    const svg = draw([step({ id: 1 })]);
    expect(svg).toMatch(
      /^<svg [^>]*role="group" aria-labelledby="gantt-title" aria-describedby="gantt-desc"/,
    );
    expect(svg).toContain('<title id="gantt-title">Roadmap of Kenya</title>');
    expect(svg).toContain('<desc id="gantt-desc">3 steps, 1 done</desc>');
    expect(svg.endsWith('</svg>')).toBe(true);
  });

  it('draws one bar per step, grouped under its pillar in the pillars’ order', () => {
    const svg = draw([
      step({ id: 1, pillar: 'maritime', title: 'Crew lists' }),
      step({ id: 2, pillar: 'legislative', title: 'PNR law' }),
      step({ id: 3, pillar: 'legislative', title: 'Data protection', startOn: '2026-01-10' }),
    ]);
    expect(svg.match(/<rect [^>]*rx="2"/g)).toHaveLength(3);
    // Top to bottom: each text's y.
    const order = ['Legislative', 'Data protection', 'PNR law', 'Maritime', 'Crew lists'].map(
      (text) => Number(new RegExp(`y="([\\d.]+)"[^>]*>${text}</text>`).exec(svg)?.[1]),
    );
    expect(order.every((y) => y > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // A pillar without steps draws no group.
    expect(svg).not.toContain('>PIU<');
  });

  it('places bars on the time scale: later dates further right, the due date included', () => {
    const svg = draw([
      step({ id: 1, startOn: '2026-01-01', dueOn: '2026-01-31' }),
      step({ id: 2, startOn: '2026-03-01', dueOn: '2026-03-31' }),
    ]);
    const rects = [...svg.matchAll(/<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/g)].map(
      (match) => ({ x: Number(match[1]), width: Number(match[2]) }),
    );
    expect(rects[0].x).toBeCloseTo(240, 0);
    expect(rects[1].x).toBeGreaterThan(rects[0].x + rects[0].width);
    // January (31 days) and March (31 days) are as wide.
    expect(rects[0].width).toBeCloseTo(rects[1].width, 0);
  });

  it("draws today's line with its label", () => {
    const svg = draw([step({ id: 1 })]);
    expect(svg).toMatch(/<g class="gantt__today"><line [^>]*stroke-dasharray/);
    expect(svg).toContain('>Today</text>');
  });

  it('draws an arrow for each dependency between drawn steps, and none for others', () => {
    const svg = draw([
      step({ id: 1, dueOn: '2026-02-15' }),
      step({ id: 2, startOn: '2026-03-01', dependsOn: [1, 99] }),
      step({ id: 3, startOn: '2026-02-01', dependsOn: [2] }),
    ]);
    const arrows = svg.match(/<g class="gantt__dependencies"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect(arrows.match(/<path /g)).toHaveLength(2);
    expect(svg).toContain('marker-end="url(#gantt-arrow)"');
    expect(svg).toContain('<marker id="gantt-arrow"');
  });

  it('writes each status in words, and says when a step is overdue (readable without colour)', () => {
    const svg = draw([
      step({ id: 1, status: 'done' }),
      step({ id: 2, status: 'blocked', overdue: true }),
      step({ id: 3, status: 'in-progress' }),
      step({ id: 4, status: 'dropped' }),
    ]);
    expect(svg).toContain('>Done</text>');
    expect(svg).toContain('>Blocked · overdue</text>');
    expect(svg).toContain('>In progress</text>');
    expect(svg).toContain('>Dropped</text>');
    // Patterns tell in-progress and blocked apart without colour; dropped is dashed.
    expect(svg).toContain('fill="url(#gantt-blocked)"');
    expect(svg).toContain('fill="url(#gantt-progress)"');
    expect(svg).toMatch(/gantt__step--dropped[^]*?stroke-dasharray="4 3"/);
  });

  it('escapes every text it writes', () => {
    const svg = draw([
      step({ id: 1, title: '<script>alert("x")</script> & co', href: '/x?a=1&b="2"' }),
    ]);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)');
    expect(svg).toContain('href="/x?a=1&amp;b=&quot;2&quot;"');
    const hostile = ganttSvg({
      steps: [],
      pillars: [],
      today: '2026-01-01',
      labels: { ...LABELS, title: '</title><script>', empty: '<b>' },
      idPrefix: 'x"><script>',
    });
    expect(hostile).not.toMatch(/<script|<b>/);
  });

  it('shortens long titles on the bar, and keeps the whole title in its tooltip', () => {
    const title = 'Draft and adopt the regulation on passenger name records and its annexes';
    const svg = draw([step({ id: 1, title })]);
    expect(svg).toContain(`<title>${title}: 2026-02-01 – 2026-03-31, Not started</title>`);
    // Cut at a word's end.
    expect(svg).toMatch(/>Draft and adopt the regulation on…</);
  });

  it('links each title to its step', () => {
    expect(draw([step({ id: 1, href: '/states/KEN/roadmap/steps/1' })])).toContain(
      '<a href="/states/KEN/roadmap/steps/1">',
    );
  });

  it('says so when there is nothing to draw', () => {
    const svg = draw([]);
    expect(svg).toContain('>No steps yet</text>');
    expect(svg).not.toContain('<rect x');
  });

  it('labels months, fewer of them over long roadmaps', () => {
    const short = draw([step({ id: 1, startOn: '2026-01-05', dueOn: '2026-04-20' })]);
    expect(short).toContain('>2026-01<');
    expect(short).toContain('>2026-04<');
    const long = draw([step({ id: 1, startOn: '2024-01-05', dueOn: '2029-12-20' })]);
    const labels = long.match(/>\d{4}-\d{2}</g) ?? [];
    expect(labels.length).toBeLessThanOrEqual(13);
    expect(labels.length).toBeGreaterThanOrEqual(6);
  });

  describe('narrow (a phone)', () => {
    const narrow = (steps: GanttStep[], today = '2026-03-15') =>
      ganttSvg({
        steps,
        pillars: ['legislative', 'piu', 'maritime'],
        today,
        labels: LABELS,
        layout: 'narrow',
        idPrefix: 'gantt-narrow',
      });

    it('is drawn 360 units wide at its own size, with ids of its own', () => {
      const svg = narrow([step({ id: 1 })]);
      expect(svg).toMatch(
        /^<svg [^>]*class="gantt gantt--narrow" viewBox="0 0 360 (\d+)" width="360" height="\1"/,
      );
      expect(svg).toContain('aria-labelledby="gantt-narrow-title"');
      expect(svg).toContain('font-size="14"');
    });

    it('writes each title on its own line above its bar, whole when the status fits beside the bar', () => {
      const title = 'Recruit and vet the first analysts';
      const svg = narrow([
        step({ id: 1, title, startOn: '2026-01-05', dueOn: '2026-01-31', href: '/s/1' }),
      ]);
      const group = /<g class="gantt__step[^]*?<\/g>/.exec(svg)![0];
      const titleY = Number(/<text x="8" y="([\d.]+)"/.exec(group)![1]);
      const barY = Number(/<rect x="[\d.]+" y="([\d.]+)"/.exec(group)![1]);
      expect(titleY).toBeLessThan(barY);
      expect(group).toContain(
        `<a href="/s/1"><tspan fill="#1a4f8b" text-decoration="underline">${title}</tspan></a>`,
      );
      // The status right of the bar, on the bar's line.
      const status = /<text x="([\d.]+)" y="([\d.]+)"[^>]*>Not started<\/text>/.exec(group)!;
      const rect = /<rect x="([\d.]+)" y="[\d.]+" width="([\d.]+)"/.exec(group)!;
      expect(Number(status[1])).toBeGreaterThan(Number(rect[1]) + Number(rect[2]));
      expect(Number(status[2])).toBeGreaterThan(barY);
    });

    it('puts the status after the title when no side of the bar has room, the title giving way', () => {
      const svg = narrow(
        [
          step({
            id: 1,
            title: 'Sign the MoU with customs on hit referral',
            startOn: '2026-01-01',
            dueOn: '2026-12-31',
            status: 'in-progress',
            overdue: true,
          }),
        ],
        '2026-06-01',
      );
      expect(svg).toMatch(
        />Sign the MoU…<tspan fill="#4a4a4a" font-weight="bold"> · In progress · overdue<\/tspan><\/text>/,
      );
    });

    it('leaves out a month label that would run past its edge', () => {
      const svg = narrow([step({ id: 1, startOn: '2026-01-05', dueOn: '2026-12-20' })]);
      for (const [, x] of svg.matchAll(/<text x="([\d.]+)" y="22" fill="#4a4a4a">\d{4}-\d{2}</g))
        expect(Number(x) + 3 + 14 * 4).toBeLessThanOrEqual(360);
      expect(svg).toContain('>2026-01<');
    });
  });

  it('draws 200 steps with their dependencies in one piece (timed in bench/, not here)', () => {
    const steps = Array.from({ length: 200 }, (_, index) =>
      step({
        id: index + 1,
        pillar: ['legislative', 'piu', 'maritime'][index % 3],
        startOn: `2026-${String((index % 12) + 1).padStart(2, '0')}-01`,
        dueOn: `2027-${String((index % 12) + 1).padStart(2, '0')}-15`,
        dependsOn: index > 0 ? [index] : [],
      }),
    );
    const svg = draw(steps);
    expect(svg.match(/<rect [^>]*rx="2"/g)).toHaveLength(200);
    const arrows = svg.match(/<g class="gantt__dependencies"[^>]*>(.*?)<\/g>/)?.[1] ?? '';
    expect(arrows.match(/<path /g)).toHaveLength(199);
  });
});
