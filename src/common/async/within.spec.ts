import { within } from './within';

describe('within', () => {
  it('answers with the work when it settles in time', async () => {
    await expect(within(Promise.resolve(7), 1000, 'late')).resolves.toBe(7);
    await expect(within(Promise.reject(new Error('no')), 1000, 'late')).rejects.toThrow('no');
  });

  it('answers with the fallback when the work is held', async () => {
    const held = new Promise<number>(() => undefined);
    const started = Date.now();
    await expect(within(held, 30, 'late')).resolves.toBe('late');
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
