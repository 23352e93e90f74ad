// The diagram in docs/signals.md is the table of allowed steps in states.ts: neither changes without the other.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { signalTransitions } from '../../src/modules/signals/index.js';

describe('the signal state diagram', () => {
  it('draws exactly the steps of the table', () => {
    const doc = readFileSync(new URL('../../docs/signals.md', import.meta.url), 'utf8');
    const block = doc.split('<!-- transitions:start -->')[1]?.split('<!-- transitions:end -->')[0] ?? '';
    const drawn = block
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line.includes('-->') && !line.startsWith('[*]'));
    const table = signalTransitions.map(
      (t) => `${t.from} --> ${t.to}: ${t.by.join(' of ')}${t.kinds.length === 1 ? ` (${t.kinds[0]})` : ''}, ${t.needs}`,
    );
    expect(drawn).toEqual(table);
  });
});
