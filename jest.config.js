// `npm test`: everything that needs nothing outside the repository. The e2e project talks to the
// database named by DATABASE_URL (a fresh SQLite file per suite when unset).
const { project } = require('./jest.shared');

// Suites that need a database server (cutting its connection, say) run only on MariaDB/MySQL.
const onServer = /^(mysql|mariadb):/.test(process.env.DATABASE_URL ?? '');
// Suites that need Redis (*.redis.spec.ts, *.redis.e2e-spec.ts) run only when REDIS_URL names one;
// they fail, saying so, when it does not answer.
const withRedis = Boolean(process.env.REDIS_URL);
const redisSuites = (pattern) => (withRedis ? [] : [pattern]);

module.exports = {
  // Global, not per project: Jest ignores testTimeout inside a project.
  testTimeout: 60000,
  projects: [
    project(
      'unit',
      [
        '<rootDir>/src/**/*.spec.ts',
        '<rootDir>/bench/**/*.spec.ts',
        '<rootDir>/test/support/**/*.spec.ts',
      ],
      {
        testPathIgnorePatterns: redisSuites('\\.redis\\.spec\\.ts$'),
      },
    ),
    project('e2e', ['<rootDir>/test/**/*.e2e-spec.ts'], {
      testPathIgnorePatterns: [
        ...(onServer ? [] : ['\\.mariadb\\.e2e-spec\\.ts$']),
        ...redisSuites('\\.redis\\.e2e-spec\\.ts$'),
      ],
    }),
  ],
};
