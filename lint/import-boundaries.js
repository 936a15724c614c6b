// @ts-check
'use strict';

/**
 * Import boundaries between parts of src/, as ESLint flat-config blocks. eslint.config.mjs
 * applies them and test/support/lint-boundaries.spec.ts proves each one still reports a
 * violation, so a boundary cannot disappear without a failing test.
 *
 * Relative imports are matched by how many `../` lead out of the folder, written out for each
 * depth of the importing file: `../auth/` means src/auth from src/common/x.ts but
 * src/common/auth from src/common/actor/x.ts, and only the former crosses the boundary.
 */

/** Spec files may import anything a test needs; the boundaries are about the shipped code. */
const TESTS = ['**/*.spec.ts', '**/*.e2e-spec.ts', '**/*.data-spec.ts', '**/*.browser-spec.ts'];

/** Deepest folder level below the boundary's root that the generated blocks cover. */
const MAX_DEPTH = 6;

/** Escapes text for use inside a regular expression. */
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A regular expression matching relative imports, written in a file `depth` folders below
 * src/`root`, of any of `targets` (folders given from src/). Only the ancestors whose names are
 * known count: src/`root` itself (`depth` times `../`) and the folders above it.
 */
function relativeImportOf(root, depth, targets) {
  const rootParts = root.split('/');
  const alternatives = [];
  for (let above = 0; above <= rootParts.length; above += 1) {
    const ancestor = rootParts.slice(0, rootParts.length - above);
    const ups = depth + above;
    const prefix = ups === 0 ? '\\./' : `(\\.\\./){${ups}}`;
    for (const target of targets) {
      const parts = target.split('/');
      if (ancestor.some((part, i) => parts[i] !== part)) continue;
      const rest = parts.slice(ancestor.length).join('/');
      if (rest !== '') alternatives.push(`${prefix}${escape(rest)}`);
    }
  }
  return `^(${alternatives.join('|')})(/|$)`;
}

/**
 * One block per folder depth below `root` (a folder under src/, e.g. `screening`): files at
 * that depth may not import `packages` nor, by a relative path, the src/ folders `forbidden`.
 * `ignores` lists files below root the boundary does not apply to.
 */
function boundaryBlocks({ name, root, ignores, packages, forbidden, message }) {
  const blocks = [];
  for (let depth = 0; depth < MAX_DEPTH; depth += 1) {
    const files = [`src/${root}/${'*/'.repeat(depth)}*.ts`];
    blocks.push({
      name: `${name} (depth ${depth})`,
      files,
      ignores: [...TESTS, ...ignores],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              ...packages.map((group) => ({ group: [group, `${group}/**`], message })),
              {
                regex: relativeImportOf(root, depth, forbidden),
                message,
              },
            ],
          },
        ],
      },
    });
  }
  return blocks;
}

/**
 * The screening engine (src/screening/ but its cli/ folder) is plain TypeScript: no Nest, no
 * database, no HTTP, and no command line, so it runs the same in a worker, a bench or a
 * service. Its errors are ScreeningError; the CLI maps them to exit codes.
 */
const engineBoundary = boundaryBlocks({
  name: 'screening engine boundary',
  root: 'screening',
  ignores: ['src/screening/cli/**'],
  packages: ['@nestjs/*', 'typeorm', 'express'],
  forbidden: ['cli', 'screening/cli'],
  message:
    'The screening engine is plain TypeScript: no Nest, TypeORM, Express or CLI imports (only src/screening/cli/ may use them).',
});

/**
 * Every feature folder under src/: what src/common/ must never depend on. The audit log and
 * mail are not here: they are global infrastructure every module writes to (RowAccess in
 * common/ audits a refusal), like config/ and database/.
 */
const FEATURES = [
  'auth',
  'users',
  'account',
  'admin',
  'invitations',
  'member-states',
  'organisations',
  'piu-analysts',
  'home',
  'health',
  'live',
  'jobs',
  'screening',
  'demo',
  'notifications',
  'search',
  'library',
  'iwg',
];

/** src/common/ is shared by every feature, so it imports none of them. */
const commonBoundary = boundaryBlocks({
  name: 'common boundary',
  root: 'common',
  ignores: [],
  packages: [],
  forbidden: FEATURES,
  message: 'src/common/ is shared by every feature module and imports none of them.',
});

/**
 * Services speak the domain: they take an Actor, never the HTTP request, so a socket gateway, a
 * job or a command can call them. A service that imports Express has slipped back.
 */
const serviceBoundary = [
  {
    name: 'services take an Actor, not the request',
    files: ['src/**/*.service.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'express',
              message:
                'Services take an Actor (src/common/actor/), not the Express request: controllers keep HTTP.',
            },
          ],
        },
      ],
    },
  },
];

module.exports = { engineBoundary, commonBoundary, serviceBoundary, FEATURES };
