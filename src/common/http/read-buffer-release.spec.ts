import { ReadBufferRelease, RELEASE_EVERY_BYTES } from './read-buffer-release';

describe('ReadBufferRelease', () => {
  it('asks for a young-generation collection once every so many bytes read', () => {
    const collections: unknown[] = [];
    const release = new ReadBufferRelease(100, (options) => collections.push(options));
    for (let chunk = 0; chunk < 9; chunk++) release.read(30);
    // 270 bytes: a collection at 120 and at 240.
    expect(collections).toEqual([{ type: 'minor' }, { type: 'minor' }]);
  });

  it('does nothing when the process has no collector to call', () => {
    const release = new ReadBufferRelease(10, undefined);
    expect(() => release.read(RELEASE_EVERY_BYTES)).not.toThrow();
  });

  it("uses V8's collector when the process exposes it", () => {
    const gc = jest.fn();
    const global = globalThis as { gc?: unknown };
    const before = global.gc;
    global.gc = gc;
    try {
      new ReadBufferRelease().read(RELEASE_EVERY_BYTES);
      expect(gc).toHaveBeenCalledWith({ type: 'minor' });
    } finally {
      global.gc = before;
    }
  });
});
