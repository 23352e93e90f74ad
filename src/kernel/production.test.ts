// The production check of the settings: each missing or wrong setting is named, and a good set passes.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config.js';
import { configProblems, productionProblemsMessage } from './production.js';

const good = {
  NODE_ENV: 'production',
  SMTP_URL: 'smtp://nabij:geheim@mail.gemeente.example:587',
  NABIJ_BASE_URL: 'https://nabij.gemeente.example',
  NABIJ_GEMEENTE: 'utrecht',
};
const problemsWith = (env: Record<string, string | undefined>) => configProblems(loadConfig({ ...good, ...env }));

describe('configProblems', () => {
  it('finds nothing wrong in a complete production configuration', () => {
    expect(problemsWith({})).toEqual([]);
  });

  it.each([
    ['SMTP_URL missing', { SMTP_URL: undefined }, /^SMTP_URL is niet gezet/],
    ['NABIJ_BASE_URL missing', { NABIJ_BASE_URL: undefined }, /^NABIJ_BASE_URL .*http:\/\/localhost:3000/],
    ['NABIJ_BASE_URL on localhost', { NABIJ_BASE_URL: 'https://localhost:8443' }, /^NABIJ_BASE_URL .*deze computer/],
    ['NABIJ_BASE_URL on 127.0.0.1', { NABIJ_BASE_URL: 'http://127.0.0.1:3000/' }, /^NABIJ_BASE_URL .*deze computer/],
    ['NABIJ_BASE_URL on [::1]', { NABIJ_BASE_URL: 'http://[::1]:3000/' }, /^NABIJ_BASE_URL .*deze computer/],
    ['NABIJ_BASE_URL without https', { NABIJ_BASE_URL: 'http://nabij.gemeente.example' }, /niet met https/],
    ['NABIJ_GEMEENTE missing', { NABIJ_GEMEENTE: undefined }, /^NABIJ_GEMEENTE .*wijkstad/],
  ])('names %s', (_name, env, message) => {
    const problems = problemsWith(env);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
  });

  it('names every problem at once, in one message', () => {
    const problems = configProblems(loadConfig({ NODE_ENV: 'production' }));
    expect(problems).toHaveLength(3);
    const message = productionProblemsMessage(problems);
    expect(message.split('\n')[0]).toBe('Nabij start niet in productie (NODE_ENV=production): er zijn 3 problemen.');
    for (const setting of ['SMTP_URL', 'NABIJ_BASE_URL', 'NABIJ_GEMEENTE']) expect(message).toContain(`- ${setting}`);
  });
});
