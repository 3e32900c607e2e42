import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { deferred } from '../../../renderer/ui/deferred';

function Greeting({ name }: { name: string }): ReactNode {
  return createElement('p', null, `Hello, ${name}`);
}

describe('deferred: a component fetched after launch', () => {
  it('renders nothing before its code is here, and the component, with its props, after load()', async () => {
    let imports = 0;
    const Deferred = deferred(() => {
      imports += 1;
      return Promise.resolve(Greeting);
    });
    expect(renderToStaticMarkup(createElement(Deferred, { name: 'desk' }))).toBe('');
    await Deferred.load();
    await Deferred.load();
    expect(imports).toBe(1);
    expect(renderToStaticMarkup(createElement(Deferred, { name: 'desk' }))).toBe('<p>Hello, desk</p>');
  });

  it('asks again after a failed fetch, and renders once one succeeds', async () => {
    let attempts = 0;
    const Deferred = deferred(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('chunk missing')) : Promise.resolve(Greeting);
    });
    await expect(Deferred.load()).rejects.toThrow('chunk missing');
    await Deferred.load();
    expect(attempts).toBe(2);
    expect(renderToStaticMarkup(createElement(Deferred, { name: 'archive' }))).toBe('<p>Hello, archive</p>');
  });
});
