// `npm run test:browser`: real Chromium (Debian's /usr/bin/chromium) against the real app.
const { project } = require('./jest.shared');

module.exports = {
  // Global, not per project: Jest ignores testTimeout inside a project.
  testTimeout: 120000,
  projects: [project('browser', ['<rootDir>/test/browser/**/*.browser-spec.ts'])],
  maxWorkers: 1,
};
