import { performance } from 'node:perf_hooks';
import { FragmentStore } from '../src/common/views/fragments';

/**
 * Finding a thread page's twenty posts among the stored fragments (printed, never asserted):
 * the views ForumPagesService gives the posts' blocks (a frozen post, the viewer's flags,
 * interned frozen reaction buttons), looked up as the fragment helper does at every view, with
 * the store holding the blocks of 1,000 other pages. Microseconds a page, p50 and p99 over many
 * pages, after a warm-up.
 */
const POSTS = 20;
const PAGES = 20_000;

const buttons = ['thanks', 'agree', 'done', 'question'].map((kind) =>
  Object.freeze({
    kind,
    label: `forum.reaction.${kind}`,
    count: 1,
    mine: false,
    pressed: 'false',
    disabled: false,
  }),
);

function thread(first: number) {
  return Array.from({ length: POSTS }, (_, index) =>
    Object.freeze({
      id: first + index,
      html: `<p>Post ${first + index}: what the PIU learnt in its first weeks.</p>`.repeat(10),
      author: Object.freeze({
        name: 'Wanjiru Kamau',
        email: 'wanjiru@example.org',
        role: 'official',
      }),
    }),
  );
}

/** A page's post views, built afresh for each view as the service builds them. */
function views(posts: readonly object[]) {
  return posts.map((post, index) => ({
    post,
    position: index + 1,
    author: 'Wanjiru Kamau',
    handle: 'wanjiru',
    guest: false,
    showBody: true,
    hidden: false,
    unread: index > 15,
    mayEdit: index % 5 === 0,
    mayReply: true,
    mayHide: false,
    history: false,
    attachments: [],
    reactions: buttons,
    iwgId: 3,
    threadId: 17,
  }));
}

function main(): void {
  const store = new FragmentStore();
  const scope = ['forum-post', 'en', 'UTC'];
  for (let page = 0; page < 1_000; page += 1) {
    for (const view of views(thread(10_000 + page * POSTS))) store.set(scope, view, ['<li>…</li>']);
  }
  const posts = thread(1);
  for (const view of views(posts)) store.set(scope, view, ['<li>…</li>']);
  let found = 0;
  const lookUp = () => {
    for (const view of views(posts)) if (store.get(scope, view)) found += 1;
  };
  for (let page = 0; page < 2_000; page += 1) lookUp();
  const times: number[] = [];
  for (let page = 0; page < PAGES; page += 1) {
    const start = performance.now();
    lookUp();
    times.push((performance.now() - start) * 1000);
  }
  times.sort((a, b) => a - b);
  const at = (share: number) => times[Math.floor(share * (times.length - 1))].toFixed(1);
  if (found !== (PAGES + 2_000) * POSTS) throw new Error(`found ${found} blocks`);
  process.stdout.write(
    `fragments: ${POSTS} posts a page among ${store.weight.toLocaleString('en')} of weight stored: ` +
      `p50 ${at(0.5)} µs, p99 ${at(0.99)} µs a page (views built and looked up)\n`,
  );
}

main();
