// `npm run test:data`: suites that read the third-party material in SHARED_DATA_DIR.
const { project } = require('./jest.shared');

module.exports = {
  projects: [project('data', ['<rootDir>/src/**/*.data-spec.ts', '<rootDir>/test/**/*.data-spec.ts'], { testTimeout: 120000 })],
};
