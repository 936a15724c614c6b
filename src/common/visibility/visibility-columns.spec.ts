import { VisibilityColumns } from './visibility-columns';
import type { VisibilityLevel } from './visibility-level';

describe('VisibilityColumns.of', () => {
  it('keeps only the id the level uses', () => {
    expect(VisibilityColumns.of('programme', { regionId: 3, stateId: 4 })).toEqual({
      level: 'programme',
      regionId: null,
      stateId: null,
    });
    expect(VisibilityColumns.of('region', { regionId: 3, stateId: 4 })).toEqual({
      level: 'region',
      regionId: 3,
      stateId: null,
    });
    expect(VisibilityColumns.of('state', { regionId: 3, stateId: 4 })).toEqual({
      level: 'state',
      regionId: null,
      stateId: 4,
    });
    expect(VisibilityColumns.of('staff')).toEqual({
      level: 'staff',
      regionId: null,
      stateId: null,
    });
  });

  it('refuses region and state content without its region or State, and unknown levels', () => {
    expect(() => VisibilityColumns.of('region', { stateId: 4 })).toThrow(RangeError);
    expect(() => VisibilityColumns.of('state', { regionId: 3 })).toThrow(RangeError);
    expect(() => VisibilityColumns.of('public' as VisibilityLevel)).toThrow(
      'unknown visibility level: public',
    );
  });
});
