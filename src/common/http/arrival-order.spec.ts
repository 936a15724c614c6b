import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http';
import { type AddressInfo, Socket, connect } from 'node:net';
import { inArrivalOrder, receivedAt } from './arrival-order';

describe('inArrivalOrder', () => {
  let server: Server | undefined;
  const sockets: Socket[] = [];

  afterEach(async () => {
    for (const socket of sockets.splice(0)) socket.destroy();
    server?.closeAllConnections();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    server = undefined;
  });

  /** A server whose listener is wrapped, and a log of what Node read and what was served. */
  async function serve(
    onServe: (name: string) => void = () => undefined,
  ): Promise<{ log: string[]; open: () => Promise<Socket> }> {
    const log: string[] = [];
    const name = (request: IncomingMessage) => request.url!.slice(1);
    server = createServer(
      inArrivalOrder((request: IncomingMessage, response: ServerResponse) => {
        log.push(`serve ${name(request)}`);
        onServe(name(request));
        response.end('ok');
      }),
    );
    // Runs before the wrapped listener, as Node reads each request.
    server.prependListener('request', (request: IncomingMessage) =>
      log.push(`read ${name(request)}`),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const open = () =>
      new Promise<Socket>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => resolve(socket));
        sockets.push(socket);
      });
    return { log, open };
  }

  const ask = (socket: Socket, name: string) =>
    socket.write(`GET /${name} HTTP/1.1\r\nHost: portal\r\n\r\n`);
  const answered = (socket: Socket) =>
    new Promise<void>((resolve) => socket.once('data', () => resolve()));

  it('serves one request a turn, reading the sockets in between, in the order they were read', async () => {
    const third: { socket?: Socket } = {};
    const { log, open } = await serve((name) => {
      // Sent while the first request is being served: it arrives after b, which is waiting.
      if (name === 'a') ask(third.socket!, 'c');
    });
    const [a, b] = [await open(), await open()];
    const late = (third.socket = await open());
    const done = Promise.all([answered(a), answered(b), answered(late)]);

    // Both written before the server's loop turns, so Node reads them in the same poll.
    ask(a, 'a');
    ask(b, 'b');
    await done;

    // Plain Node would serve each request as it reads it (read a, serve a, read b, serve b…);
    // here c is read before b is served, and still waits behind it.
    expect(log).toEqual(['read a', 'read b', 'serve a', 'read c', 'serve b', 'serve c']);
  });

  it('stamps each request with the time Node read it', async () => {
    const stamps: number[] = [];
    server = createServer(
      inArrivalOrder((request, response) => {
        stamps.push(receivedAt(request));
        response.end();
      }),
    );
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const before = performance.now();
    await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);

    expect(stamps).toHaveLength(1);
    expect(stamps[0]).toBeGreaterThanOrEqual(before);
    expect(stamps[0]).toBeLessThanOrEqual(performance.now());
  });

  it('answers now for a request it never queued', () => {
    const before = performance.now();
    const request = new Socket() as unknown as IncomingMessage;
    expect(receivedAt(request)).toBeGreaterThanOrEqual(before);
  });
});
