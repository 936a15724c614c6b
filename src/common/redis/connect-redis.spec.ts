import { createServer, type Server, type Socket } from 'node:net';
import { connectRedis, redisAddress } from './connect-redis';

describe('connectRedis', () => {
  it('says which Redis does not answer, without its password, and what to do', async () => {
    const errors: Error[] = [];
    // Port 1 on the loopback: nothing listens there, so the connection is refused at once.
    await expect(
      connectRedis({ url: 'redis://app:s3cret@127.0.0.1:1/2', prefix: 'cttp' }, 'test', (error) =>
        errors.push(error),
      ),
    ).rejects.toThrow(
      /^Redis at redis:\/\/127\.0\.0\.1:1\/2 \(REDIS_URL\) is not answering: connect ECONNREFUSED 127\.0\.0\.1:1\. Start Redis, or unset REDIS_URL/,
    );
    await expect(
      connectRedis(
        { url: 'redis://app:s3cret@127.0.0.1:1', prefix: 'cttp' },
        'test',
        () => undefined,
      ),
    ).rejects.not.toThrow(/s3cret/);
  });

  it('gives up on a server that accepts the connection but never answers', async () => {
    const accepted: Socket[] = [];
    const silent: Server = createServer((socket) => accepted.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as { port: number }).port;
    try {
      await expect(
        connectRedis(
          { url: `redis://127.0.0.1:${port}`, prefix: 'cttp' },
          'test',
          () => undefined,
          200,
        ),
      ).rejects.toThrow(/not answering: no answer within 200 ms/);
    } finally {
      for (const socket of accepted) socket.destroy();
      silent.close();
    }
  });

  it('writes addresses without credentials', () => {
    expect(redisAddress('rediss://u:p@redis.internal:6380')).toBe('rediss://redis.internal:6380');
  });
});
