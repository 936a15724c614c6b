import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';
import { TcpProxy } from './tcp-proxy';

/** A tiny echo server: what the proxy forwards to in these tests. */
async function startEchoServer(): Promise<{ server: Server; port: number; sockets: Set<Socket> }> {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, port: (server.address() as AddressInfo).port, sockets };
}

/** Connects, sends `payload`, and resolves with what came back once `expected` bytes arrived. */
function exchange(port: number, payload: Buffer | string): Promise<Buffer> {
  const bytes = Buffer.from(payload);
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let received = 0;
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      received += chunk.length;
      if (received >= bytes.length) {
        socket.end();
        resolve(Buffer.concat(chunks));
      }
    });
    socket.on('error', reject);
    socket.on('close', () =>
      reject(new Error(`closed after ${received} of ${bytes.length} bytes`)),
    );
    socket.write(bytes);
  });
}

/** Opens a connection through the proxy and waits until one echo round trip worked. */
async function openConnection(port: number): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve, reject) => {
    socket.once('data', () => resolve());
    socket.once('error', reject);
    socket.write('hello');
  });
  return socket;
}

/** Resolves with how the socket ended: the error code, or 'closed' for a clean close. */
function endOf(socket: Socket): Promise<string> {
  return new Promise((resolve) => {
    let code = 'closed';
    socket.on('error', (error: NodeJS.ErrnoException) => (code = error.code ?? error.message));
    socket.on('close', () => resolve(code));
  });
}

describe('TcpProxy', () => {
  let echo: Awaited<ReturnType<typeof startEchoServer>>;
  let proxy: TcpProxy;

  beforeEach(async () => {
    echo = await startEchoServer();
    proxy = await TcpProxy.start({ targetHost: '127.0.0.1', targetPort: echo.port });
  });

  afterEach(async () => {
    await proxy.close();
    for (const socket of echo.sockets) socket.destroy();
    await new Promise((resolve) => echo.server.close(resolve));
  });

  it('listens on a random loopback port and forwards both ways', async () => {
    expect(proxy.host).toBe('127.0.0.1');
    expect(proxy.port).toBeGreaterThan(0);
    expect(proxy.port).not.toBe(echo.port);
    expect((await exchange(proxy.port, 'ping')).toString()).toBe('ping');
  });

  it('forwards a large payload intact', async () => {
    const payload = Buffer.alloc(4 * 1024 * 1024);
    for (let i = 0; i < payload.length; i++) payload[i] = (i * 31 + 7) & 0xff;
    expect((await exchange(proxy.port, payload)).equals(payload)).toBe(true);
  });

  it('cut() resets open connections and refuses new ones; restore() forwards again', async () => {
    const open = [await openConnection(proxy.port), await openConnection(proxy.port)];
    expect(proxy.connectionCount).toBe(2);
    const ends = open.map(endOf);

    proxy.cut();
    expect(proxy.isCut).toBe(true);
    expect(await Promise.all(ends)).toEqual(['ECONNRESET', 'ECONNRESET']);
    expect(proxy.connectionCount).toBe(0);
    await expect(exchange(proxy.port, 'anyone there?')).rejects.toMatchObject({
      code: 'ECONNRESET',
    });
    // Nothing reached the server while cut.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(echo.sockets.size).toBe(0);

    proxy.restore();
    expect(proxy.isCut).toBe(false);
    expect((await exchange(proxy.port, 'back')).toString()).toBe('back');
  });

  it('closes the app side when the server goes away', async () => {
    const socket = await openConnection(proxy.port);
    const ended = endOf(socket);
    for (const serverSide of echo.sockets) serverSide.destroy();
    expect(await ended).toBe('closed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(proxy.connectionCount).toBe(0);
  });

  it('closes the app side when the target is not listening', async () => {
    await new Promise((resolve) => echo.server.close(resolve));
    const socket = connect(proxy.port, '127.0.0.1');
    expect(await endOf(socket)).toBe('closed');
  });

  it('rewrites a database URL to go through the proxy', () => {
    expect(proxy.urlFor('mysql://cttp:s3cret@db.example:3306/cttp_test')).toBe(
      `mysql://cttp:s3cret@127.0.0.1:${proxy.port}/cttp_test`,
    );
  });

  it('close() stops listening', async () => {
    const port = proxy.port;
    await proxy.close();
    await expect(exchange(port, 'x')).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});
