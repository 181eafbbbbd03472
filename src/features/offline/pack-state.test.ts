import { describe, expect, it } from 'vitest';
import { afterPackMessage, initialPackState, packView, savingStarted, withSaved, withSize } from './pack-state';

const view = (state: Parameters<typeof packView>[0]) => packView(state, 'Română', 'ro');

describe('Save for offline, as data', () => {
  it('shows both buttons and no status while Cache Storage is read, as the page rendered them', () => {
    expect(view(initialPackState(true, false))).toEqual({ saveHidden: false, saveDisabled: false, removeHidden: false, progress: 'hidden', saveDataNotice: false });
  });

  it('offers Save or Remove once it is known whether the language is saved', () => {
    const start = initialPackState(true, false);
    expect(view(withSaved(start, false))).toMatchObject({ status: { key: 'app.notSaved', values: { language: 'Română' } }, saveHidden: false, removeHidden: true });
    expect(view(withSaved(start, true))).toMatchObject({ status: { key: 'app.saved' }, saveHidden: true, removeHidden: false });
    expect(view(withSaved(start, false, true))).toMatchObject({ status: { key: 'app.removed' }, saveHidden: false, removeHidden: true });
  });

  it('without service workers: says so and offers nothing, whatever the phone wants', () => {
    expect(view(initialPackState(false, true))).toEqual({ status: { key: 'app.notSupported', values: { language: 'Română' } }, saveHidden: true, saveDisabled: false, removeHidden: true, progress: 'hidden', saveDataNotice: false });
  });

  it('runs the bar from the tap, counts with the worker, and ends it when saved', () => {
    const saving = savingStarted(withSaved(initialPackState(true, true), false));
    expect(view(saving)).toMatchObject({ saveDisabled: true, progress: 'starting', saveDataNotice: true });
    const counting = afterPackMessage(saving, { type: 'PACK_PROGRESS', locale: 'ro', done: 4, total: 9 });
    expect(view(counting)).toMatchObject({ status: { key: 'app.saving', values: { language: 'Română', done: 4, total: 9 } }, progress: { done: 4, total: 9 } });
    // A count without a total says nothing new.
    expect(afterPackMessage(counting, { type: 'PACK_PROGRESS', locale: 'ro', done: 5 })).toBe(counting);
    expect(view(afterPackMessage(counting, { type: 'PACK_SAVED', locale: 'ro' }))).toMatchObject({ saveDisabled: false, progress: 'hidden' });
  });

  it('after a failed save offers Save again, also next to Remove when an older copy is complete', () => {
    const saved = withSaved(initialPackState(true, false), true);
    const failed = afterPackMessage(savingStarted(saved), { type: 'PACK_FAILED', locale: 'ro' });
    expect(view(failed)).toMatchObject({ status: { key: 'app.saveFailed' }, saveHidden: false, saveDisabled: false, removeHidden: false, progress: 'hidden' });
    // Reading Cache Storage again decides afresh.
    expect(view(withSaved(failed, true))).toMatchObject({ saveHidden: true });
  });

  it('shows the download size in the page language once the pack list is read', () => {
    expect(view(withSize(initialPackState(true, false), 2_450_000)).size).toEqual({ key: 'app.saveText', values: { language: 'Română', size: '2,5 MB' } });
  });
});
