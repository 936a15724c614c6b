import { FormError } from '../../common/forms/form-error';
import { auditCriteria } from './audit-query';

describe('auditCriteria', () => {
  it('reads type:id targets and bare ids', () => {
    expect(auditCriteria({ target: ' user:12 ' })).toMatchObject({
      targetType: 'user',
      targetId: '12',
    });
    expect(auditCriteria({ target: 'member-state:KEN' })).toMatchObject({
      targetType: 'member-state',
      targetId: 'KEN',
    });
    const bare = auditCriteria({ target: '42' });
    expect(bare.targetId).toBe('42');
    expect(bare.targetType).toBeUndefined();
  });

  it('ignores empty filters', () => {
    expect(auditCriteria({ action: '', actor: '  ', target: '', from: '', to: '' })).toEqual({});
  });

  it('takes dates as whole UTC days, the "to" day included', () => {
    const criteria = auditCriteria({ from: '2026-01-10', to: '2026-01-10' });
    expect(criteria.from?.toISOString()).toBe('2026-01-10T00:00:00.000Z');
    expect(criteria.until?.toISOString()).toBe('2026-01-11T00:00:00.000Z');
  });

  it('refuses a day that does not exist, naming the field', () => {
    try {
      auditCriteria({ to: '2026-02-30' });
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(FormError);
      expect((error as FormError).fieldErrors).toEqual({ to: ['admin.invalidDate'] });
    }
  });
});
