import { describe, expect, it } from 'vitest';
import { buildApi } from '../../../shared/bridge';
import { CHANNELS, contract } from '../../../shared/contract';
import { callHandler, createDispatcher, registerContract } from '../../../electron/core/host/dispatch';
import { createHandlers } from '../../../electron/core/app/handlers';
import { importTwoChapterPlan, openTempWorkspace, tempFolder, testAppContext } from '../support/workspace';

const folder = tempFolder();
const connection = await openTempWorkspace(folder);
const planId = await importTwoChapterPlan(connection);

const handlers = createHandlers(testAppContext(() => connection));

describe('the IPC contract', () => {
  it('lists exactly the contract methods as channels, each named domain:verb', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
    for (const channel of CHANNELS) expect(channel).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('gives the page one named function per method and nothing else', async () => {
    const sent: [string, unknown][] = [];
    const api = buildApi(async (channel, input) => {
      sent.push([channel, input]);
      return { ok: true, value: null };
    });
    const exposed = Object.entries(api).flatMap(([domain, verbs]) => Object.keys(verbs).map((verb) => `${domain}:${verb}`));
    expect(exposed.sort()).toEqual([...CHANNELS].sort());
    expect('invoke' in api).toBe(false);
    await api.plans.tree({ planId: 'x' });
    expect(sent).toEqual([['plans:tree', { planId: 'x' }]]);
  });

  it('refuses an input of the wrong type with a message naming the field', async () => {
    const result = await callHandler(handlers, 'plans:tree', { planId: 42 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.message).toMatch(/^Invalid input for plans:tree: planId: /);
  });

  it('refuses unknown fields, empty ids and values outside a list', async () => {
    const extra = await callHandler(handlers, 'plans:tree', { planId, sql: 'drop table plans' });
    expect(extra.ok).toBe(false);
    expect(!extra.ok && extra.error.message).toMatch(/sql/);
    const empty = await callHandler(handlers, 'actions:get', { actionId: '' });
    expect(!empty.ok && empty.error.message).toBe('Invalid input for actions:get: actionId: an id is required');
    const field = await callHandler(handlers, 'actions:update', { actionId: 'a', field: 'deleted_at', value: 'x' });
    expect(!field.ok && field.error.code).toBe('invalid_input');
    expect(!field.ok && field.error.message).toMatch(/field/);
    const noTitle = await callHandler(handlers, 'plans:create', { title: '   ' });
    expect(!noTitle.ok && noTitle.error.message).toBe('Invalid input for plans:create: title: a plan needs a title');
  });

  it('answers a valid call with its value, and an unknown id with not_found', async () => {
    const tree = await callHandler(handlers, 'plans:tree', { planId });
    expect(tree.ok && tree.value.chapters.map((c) => c.code)).toEqual(['5.1', '5.3']);
    const missing = await callHandler(handlers, 'plans:tree', { planId: 'no-such-plan' });
    expect(!missing.ok && missing.error).toEqual({ code: 'not_found', message: 'No plan with id no-such-plan in this workspace', details: undefined });
  });

  it('answers an unknown channel with not_found through the dispatcher', async () => {
    const dispatch = createDispatcher(handlers);
    const result = await dispatch('plans:dropEverything', {});
    expect(!result.ok && result.error.code).toBe('not_found');
  });

  it('throws when a host registers the same channel twice', () => {
    const seen = new Set<string>();
    const register = (channel: string) => {
      if (seen.has(channel)) throw new Error(`Channel ${channel} is registered twice`);
      seen.add(channel);
    };
    registerContract(handlers, register);
    expect(() => registerContract(handlers, register)).toThrow(/registered twice/);
  });
});
