// The start-up lines for people: printed as they come, with Dutch seconds, and not at all when the log is silent
// or in tests.
import { describe, expect, it } from 'vitest';
import { folderInWords, seconds, steps } from './steps.js';

describe('start-up steps', () => {
  it('prints each line, and a timed step with the time it took', async () => {
    const lines: string[] = [];
    const say = steps({ logLevel: 'info', env: 'development' }, (line) => lines.push(line));
    say.say('Nabij start');
    expect(
      await say.timed(
        async () => 3,
        (n) => `Migraties: ${n} nieuw toegepast`,
      ),
    ).toBe(3);
    expect(lines[0]).toBe('Nabij start');
    expect(lines[1]).toMatch(/^Migraties: 3 nieuw toegepast \(\d+,\d s\)$/);
  });

  it.each([
    ['LOG_LEVEL=silent', { logLevel: 'silent', env: 'development' }],
    ['NODE_ENV=test', { logLevel: 'info', env: 'test' }],
  ])('prints nothing with %s', async (_name, config) => {
    const lines: string[] = [];
    const say = steps(config, (line) => lines.push(line));
    say.say('Nabij start');
    await say.timed(
      async () => 0,
      () => 'klaar',
    );
    expect(lines).toEqual([]);
  });

  it('writes seconds the Dutch way and folders as a person types them', () => {
    expect(seconds(432)).toBe('0,4 s');
    expect(seconds(9_940)).toBe('9,9 s');
    expect(seconds(9_960)).toBe('10 s');
    expect(seconds(31_600)).toBe('32 s');
    expect(folderInWords('/srv/nabij/data', '/srv/nabij')).toBe('./data');
    expect(folderInWords('/var/lib/nabij', '/srv/nabij')).toBe('/var/lib/nabij');
  });
});
