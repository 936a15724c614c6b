import {
  NOT_IN_PROGRAMME_FILL,
  OUTSIDE_FILTER_FILL,
  statusFill,
  worldMap,
  type MappedState,
} from './world-map';
import type { WorldShapes } from './world-shapes';

const STATUSES = ['interested', 'joined', 'assessed', 'implementing', 'graduated'];

const shapes: WorldShapes = {
  width: 960,
  height: 450,
  states: new Map([
    ['KEN', 'M1 1l1 1z'],
    ['FRA', 'M2 2l1 1z'],
    ['BRA', 'M3 3l1 1z'],
  ]),
  dots: new Map([['SYC', [600, 250] as const]]),
  otherLand: ['M9 9l1 1z'],
};

const state = (code: string, status: string | null, inFilter = true): MappedState => ({
  code,
  name: code,
  status,
  inFilter,
});

describe('the world map model', () => {
  it('shades each State by its status, in programme order, light to dark', () => {
    const fills = STATUSES.map((status) => statusFill(STATUSES, status));
    expect(new Set(fills).size).toBe(STATUSES.length);
    expect(statusFill(STATUSES, null)).toBe(NOT_IN_PROGRAMME_FILL);
    expect(statusFill(STATUSES, 'unknown')).toBe(NOT_IN_PROGRAMME_FILL);
  });

  it('draws shapes and dots with their status key, and counts each status in the legend', () => {
    const map = worldMap(
      shapes,
      [state('KEN', 'implementing'), state('FRA', null), state('SYC', 'implementing')],
      STATUSES,
    );
    expect(map.viewBox).toBe('0 0 960 450');
    expect(map.shapes).toEqual([
      expect.objectContaining({ code: 'KEN', statusKey: 'status.implementing', d: 'M1 1l1 1z' }),
      expect.objectContaining({
        code: 'FRA',
        statusKey: 'status.none',
        fill: NOT_IN_PROGRAMME_FILL,
      }),
    ]);
    expect(map.dots).toEqual([expect.objectContaining({ code: 'SYC', cx: 600, cy: 250 })]);
    expect(map.legend.map((entry) => [entry.labelKey, entry.count])).toEqual([
      ['status.interested', 0],
      ['status.joined', 0],
      ['status.assessed', 0],
      ['status.implementing', 2],
      ['status.graduated', 0],
      ['status.none', 1],
    ]);
    expect(map.otherLand).toEqual(['M9 9l1 1z']);
  });

  it('pales the States a filter leaves out and counts them apart', () => {
    const map = worldMap(shapes, [state('KEN', 'joined'), state('BRA', 'joined', false)], STATUSES);
    const brazil = map.shapes.find((shape) => shape.code === 'BRA')!;
    expect(brazil.fill).toBe(OUTSIDE_FILTER_FILL);
    expect(brazil.outside).toBe(true);
    expect(map.legend.find((entry) => entry.labelKey === 'status.joined')!.count).toBe(1);
    expect(map.legend[map.legend.length - 1]).toEqual({
      labelKey: 'programme.map.outside',
      fill: OUTSIDE_FILTER_FILL,
      count: 1,
    });
  });

  it('leaves out a State the shapes do not know', () => {
    const map = worldMap(shapes, [state('XXX', 'joined')], STATUSES);
    expect(map.shapes).toEqual([]);
    expect(map.dots).toEqual([]);
  });
});
