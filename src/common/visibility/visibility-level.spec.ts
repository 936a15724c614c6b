import { coversAudience, type VisibilityScope } from './visibility-level';

const scope = (level: string, regionId: number | null = null, stateId: number | null = null) =>
  ({ level, regionId, stateId }) satisfies VisibilityScope;

describe('coversAudience', () => {
  it('lets programme-wide content reach every audience', () => {
    for (const audience of [scope('programme'), scope('region', 1), scope('state', null, 4)])
      expect(coversAudience(scope('programme'), audience)).toBe(true);
  });

  it('lets a region reach its own region only', () => {
    expect(coversAudience(scope('region', 1), scope('region', 1))).toBe(true);
    expect(coversAudience(scope('region', 1), scope('region', 2))).toBe(false);
    expect(coversAudience(scope('region', 1), scope('programme'))).toBe(false);
  });

  it('never lets a State’s or staff content reach a wider audience', () => {
    expect(coversAudience(scope('state', null, 4), scope('region', 1))).toBe(false);
    expect(coversAudience(scope('state', null, 4), scope('state', null, 5))).toBe(false);
    expect(coversAudience(scope('state', null, 4), scope('state', null, 4))).toBe(true);
    expect(coversAudience(scope('staff'), scope('region', 1))).toBe(false);
  });

  it('lets anything reach staff only, who see everything', () => {
    expect(coversAudience(scope('state', null, 4), scope('staff'))).toBe(true);
    expect(coversAudience(scope('staff'), scope('staff'))).toBe(true);
  });
});
