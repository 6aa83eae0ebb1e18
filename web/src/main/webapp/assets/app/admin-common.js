// What every administration page shares: one action runner that shows the server's problem detail in the page and
// leaves the form as typed, and the small pieces the pages repeat (an "active" badge, a list loaded by path).
import { ref } from 'vue';
import { api } from './api.js';
import { t } from './i18n.js';
import { errorLines } from './problem-box.js';

/**
 * Runs a write: clears the last message, calls {@code fn}, and on failure keeps the server's message (vi/en) for a
 * ProblemBox. The form is never reset here, so a refused action loses nothing the user typed.
 */
export function useAction() {
  const errors = ref([]);
  const done = ref('');
  const busy = ref(false);
  async function run(fn, doneText = t('admin.saved')) {
    errors.value = [];
    done.value = '';
    busy.value = true;
    try {
      const result = await fn();
      done.value = doneText;
      return result ?? true;
    } catch (e) {
      errors.value = errorLines(e);
      return false;
    } finally {
      busy.value = false;
    }
  }
  return { errors, done, busy, run };
}

/** A list behind {@code path}, reloaded by {@code load()}; a failed load shows its message in {@code errors}. */
export function useList(path) {
  const items = ref([]);
  const errors = ref([]);
  async function load() {
    errors.value = [];
    try {
      items.value = await api.get(typeof path === 'function' ? path() : path);
    } catch (e) {
      errors.value = errorLines(e);
    }
  }
  return { items, errors, load };
}

/** A path segment from a code typed by a user. */
export const seg = (code) => encodeURIComponent(code);

/** An empty text field becomes null, as the API expects for "not given". */
export const orNull = (v) => (v === undefined || v === null || String(v).trim() === '' ? null : v);

export const ActiveBadge = {
  props: { active: Boolean },
  setup() { return { t }; },
  template: `<span class="badge" :class="active ? 'text-bg-success' : 'text-bg-secondary'">{{ active ? t('admin.active') : t('admin.inactive') }}</span>`,
};

/** The green line after a successful action, announced to screen readers. */
export const DoneLine = {
  props: { text: String },
  template: `<div v-if="text" class="alert alert-success py-1 px-2 small" role="status" data-testid="done">{{ text }}</div>`,
};

/** Save and cancel under a form; cancel closes the form without sending anything. */
export const FormButtons = {
  props: { busy: Boolean },
  emits: ['cancel'],
  setup() { return { t }; },
  template: `
    <div class="d-flex gap-2 mt-2">
      <button type="submit" class="btn btn-sm btn-primary" :disabled="busy">{{ t('admin.save') }}</button>
      <button type="button" class="btn btn-sm btn-outline-secondary" @click="$emit('cancel')">{{ t('admin.cancel') }}</button>
    </div>`,
};

/** "Deactivate" for an active thing, "Reactivate" for an inactive one; emits the state asked for. */
export const ActiveToggle = {
  props: { active: Boolean },
  emits: ['set'],
  setup() { return { t }; },
  template: `
    <button v-if="active" type="button" class="btn btn-sm btn-outline-danger" data-action="deactivate" @click="$emit('set', false)">{{ t('admin.deactivate') }}</button>
    <button v-else type="button" class="btn btn-sm btn-outline-success" data-action="activate" @click="$emit('set', true)">{{ t('admin.activate') }}</button>`,
};
