import { connect, createServer, type AddressInfo, type Server, type Socket } from 'node:net';

export interface TcpProxyOptions {
  /** Where the real server listens (the MariaDB host and port of the test run). */
  readonly targetHost: string;
  readonly targetPort: number;
  /** Loopback by default; the proxy is for tests on this machine only. */
  readonly listenHost?: string;
}

/**
 * A TCP proxy of the tests' own between the app and its database, so an e2e test can take the
 * database away and bring it back while the app keeps running: `cut()` resets every open
 * connection and every new one (the app sees ECONNRESET at once, like a server that died, not
 * a hang), `restore()` forwards again. The listening port stays the same throughout, so the
 * app's DATABASE_URL (`urlFor`) keeps pointing at it.
 */
export class TcpProxy {
  private readonly pairs = new Set<readonly [Socket, Socket]>();
  private cutOff = false;

  private constructor(
    private readonly server: Server,
    private readonly options: TcpProxyOptions,
  ) {
    server.on('connection', (client) => this.accept(client));
  }

  /** Listens on a random free port. */
  static async start(options: TcpProxyOptions): Promise<TcpProxy> {
    const server = createServer();
    const proxy = new TcpProxy(server, options);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, options.listenHost ?? '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    return proxy;
  }

  get host(): string {
    return (this.server.address() as AddressInfo).address;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** True between `cut()` and `restore()`. */
  get isCut(): boolean {
    return this.cutOff;
  }

  /** Connections currently forwarded. */
  get connectionCount(): number {
    return this.pairs.size;
  }

  /**
   * `databaseUrl` (mysql://user:pass@db:3306/name) with its host and port replaced by the
   * proxy's, for the app under test to connect through.
   */
  urlFor(databaseUrl: string): string {
    const url = new URL(databaseUrl);
    url.hostname = this.host;
    url.port = String(this.port);
    return url.toString();
  }

  /** Resets all forwarded connections and every new one until `restore()`. */
  cut(): void {
    this.cutOff = true;
    for (const pair of [...this.pairs]) this.drop(pair);
  }

  /** Forwards new connections again. */
  restore(): void {
    this.cutOff = false;
  }

  /** Drops every connection and stops listening. */
  async close(): Promise<void> {
    this.cut();
    if (!this.server.listening) return;
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  private accept(client: Socket): void {
    // Errors are expected here (resets, a target that is down): they end the pair, no more.
    client.on('error', () => undefined);
    if (this.cutOff) {
      reset(client);
      return;
    }
    const upstream = connect(this.options.targetPort, this.options.targetHost);
    upstream.on('error', () => undefined);
    const pair = [client, upstream] as const;
    this.pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    // Either side closing ends the other once what it sent is flushed (end, not destroy): the
    // proxy holds no half-dead connection and loses no bytes on an ordinary close.
    const finish = () => {
      this.pairs.delete(pair);
      client.end();
      upstream.end();
    };
    client.on('close', finish);
    upstream.on('close', finish);
  }

  /** Cuts a pair at once: the upstream socket is destroyed and the app's side gets an RST. */
  private drop(pair: readonly [Socket, Socket]): void {
    if (!this.pairs.delete(pair)) return;
    const [client, upstream] = pair;
    upstream.destroy();
    reset(client);
  }
}

/**
 * Ends a connection with an RST. Only on one still open both ways: on a half-closed socket the
 * reset fails and Node leaves its handle open, which keeps the test process alive; there an
 * ordinary close is all the peer can notice anyway.
 */
function reset(socket: Socket): void {
  if (socket.destroyed) return;
  if (socket.readyState === 'open') socket.resetAndDestroy();
  else socket.destroy();
}
