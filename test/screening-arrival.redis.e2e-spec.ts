import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { paxlst, syntheticTravellers } from '../src/demo/synthetic-messages';
import { ScreeningMessage } from '../src/piu/ingestion/screening-message.entity';
import { ScreeningPipeline } from '../src/piu/pipeline/screening-pipeline';
import { ScreeningTraveller } from '../src/piu/pipeline/screening-traveller.entity';
import { listen } from './support/live-client';
import { redisUnderTest, removeRedisKeys, requireRedis } from './support/redis';
import { carrierWithKey, screened } from './support/screening-fixture';
import { TcpProxy } from './support/tcp-proxy';
import { startTestApp, type TestApp } from './support/test-app';
import { analystAgent } from './support/watchlist-fixture';

/**
 * Screening through the Redis queue, two instances on one database: a message posted to one
 * is screened by whichever takes the job; with Redis gone, messages are still taken and stored,
 * and screened once it is back.
 */
describe('screening on arrival through Redis', () => {
  const redis = redisUnderTest();
  let proxy: TcpProxy;
  let a: TestApp;
  let b: TestApp;
  let key: string;
  let sequence = 0;

  const post = (t: TestApp, travellers = syntheticTravellers(5, sequence * 10)) =>
    request(t.server)
      .post('/api/v1/messages')
      .set({ 'Content-Type': 'application/edifact', 'X-API-Key': key })
      .send(
        paxlst({
          carrier: 'KQ',
          flight: String(200 + ++sequence),
          from: 'GBLHR',
          to: 'KEMBA',
          departure: '202603011200',
          arrival: '202603012100',
          reference: `RQ${sequence}`,
          travellers,
        }),
      );

  beforeAll(async () => {
    await requireRedis(redis);
    const target = new URL(redis.url);
    proxy = await TcpProxy.start({
      targetHost: target.hostname,
      targetPort: Number(target.port || 6379),
    });
    const shared = {
      REDIS_URL: proxy.urlFor(redis.url),
      REDIS_PREFIX: redis.prefix,
      SESSION_SECRET: randomBytes(32).toString('hex'),
      ENCRYPTION_KEY: randomBytes(32).toString('hex'),
      HASHING_KEY: randomBytes(32).toString('hex'),
    };
    a = await startTestApp(shared);
    await listen(a);
    b = await startTestApp(shared, () => a.config.database);
    await listen(b);
    const supervisor = await analystAgent(a, 'KEN', true);
    ({ key } = await carrierWithKey(supervisor.agent, 'KQ', 'Kenya Airways'));
  });
  afterAll(async () => {
    proxy?.restore();
    await b?.close();
    await a?.close();
    await proxy?.close();
    await removeRedisKeys(redis);
  });

  it('screens messages posted to either instance through the shared queue', async () => {
    const first = await post(a);
    const second = await post(b);
    expect([first.status, second.status]).toEqual([202, 202]);
    for (const id of [first.body.id as number, second.body.id as number]) {
      const message = await screened(a, id);
      expect(message.screeningState).toBe('screened');
      expect(
        await a.dataSource
          .getRepository(ScreeningTraveller)
          .countBy({ flightId: message.flightId! }),
      ).toBe(5);
    }
  });

  it('stores messages while Redis is down and screens them once it is back', async () => {
    proxy.cut();
    const started = Date.now();
    const response = await post(a);
    expect(response.status).toBe(202);
    expect(Date.now() - started).toBeLessThan(3000);
    const id = response.body.id as number;
    const stored = await a.dataSource.getRepository(ScreeningMessage).findOneByOrFail({ id });
    expect(stored.status).toBe('parsed');
    proxy.restore();
    // The periodic sweep (run here at once) queues what is still pending.
    await a.app.get(ScreeningPipeline).sweep(0);
    expect((await screened(a, id)).screeningState).toBe('screened');
  });
});
