// The unit tree: expand and collapse, add a child, rename, move under another parent, deactivate and reactivate.
// A refused action (a duplicate code, a unit that still has open cases, users or rules) shows the server's message
// next to the form, which keeps what was typed.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from './api.js';
import { t, locale } from './i18n.js';
import { ProblemBox } from './problem-box.js';
import { useAction, useList, seg, orNull, ActiveBadge, DoneLine, ActiveToggle, FormButtons } from './admin-common.js';

const EMPTY = { code: '', nameVi: '', nameEn: '', kind: '', parentCode: '', email: '', phone: '', address: '' };

export const AdminUnits = {
  components: { ActiveToggle, FormButtons, ProblemBox, ActiveBadge, DoneLine },
  setup() {
    const list = useList('api/admin/units?includeInactive=true');
    const action = useAction();
    const open = reactive(new Set());
    const mode = ref('');
    const target = ref(null);
    const form = reactive({ ...EMPTY });

    const byParent = computed(() => {
      const codes = new Set(list.items.value.map((u) => u.code));
      const map = new Map();
      for (const u of list.items.value) {
        const p = u.parentCode != null && codes.has(u.parentCode) ? u.parentCode : '';
        if (!map.has(p)) map.set(p, []);
        map.get(p).push(u);
      }
      return map;
    });
    /** The visible rows: a unit shows when every ancestor is expanded. */
    const rows = computed(() => {
      const out = [];
      const walk = (parent, depth) => (byParent.value.get(parent) || []).forEach((u) => {
        const children = (byParent.value.get(u.code) || []).length;
        out.push({ u, depth, children });
        if (open.has(u.code)) walk(u.code, depth + 1);
      });
      walk('', 0);
      return out;
    });
    /** Where a unit may move: anywhere but itself and its own subtree. */
    const moveTargets = computed(() => list.items.value.filter((u) => u.active && target.value
      && u.code !== target.value.code && !(u.path || '').includes('/' + target.value.code + '/')));
    const kinds = computed(() => [...new Set(list.items.value.map((u) => u.kind))].sort());
    const name = (u) => (locale.lang === 'en' && u.nameEn) || u.nameVi;

    function toggle(code) { if (open.has(code)) open.delete(code); else open.add(code); }
    function expandAll() { list.items.value.forEach((u) => open.add(u.code)); }
    function collapseAll() { open.clear(); }

    function start(m, u) {
      mode.value = m;
      target.value = u;
      action.errors.value = [];
      action.done.value = '';
      Object.assign(form, EMPTY, m === 'create' ? { parentCode: u ? u.code : '' } : {},
        m === 'edit' ? { nameVi: u.nameVi, nameEn: u.nameEn || '', kind: u.kind, email: u.email || '', phone: u.phone || '', address: u.address || '' } : {},
        m === 'move' ? { parentCode: u.parentCode || '' } : {});
    }

    async function submit() {
      const body = { nameVi: form.nameVi, nameEn: orNull(form.nameEn), kind: form.kind, email: orNull(form.email),
        phone: orNull(form.phone), address: orNull(form.address) };
      const ok = await action.run(() => {
        if (mode.value === 'create') return api.post('api/admin/units', { ...body, code: form.code, parentCode: orNull(form.parentCode) });
        if (mode.value === 'edit') return api.put('api/admin/units/' + seg(target.value.code), body);
        return api.post('api/admin/units/' + seg(target.value.code) + '/move', { parentCode: orNull(form.parentCode) });
      });
      if (ok) {
        if (form.parentCode) open.add(form.parentCode);
        mode.value = '';
        await list.load();
      }
    }

    async function setActive(u, active) {
      if (await action.run(() => api.post('api/admin/units/' + seg(u.code) + (active ? '/activate' : '/deactivate')))) await list.load();
    }

    onMounted(async () => { await list.load(); (byParent.value.get('') || []).forEach((u) => open.add(u.code)); });
    return { list, action, open, mode, target, form, rows, moveTargets, kinds, name, toggle, expandAll, collapseAll, start, submit, setActive, t };
  },
  template: `
  <section data-testid="admin-units" class="row g-3">
    <div class="col-lg-7">
      <div class="d-flex flex-wrap gap-2 mb-2">
        <button type="button" class="btn btn-sm btn-primary" data-testid="unit-add-root" @click="start('create', null)">{{ t('units.addRoot') }}</button>
        <button type="button" class="btn btn-sm btn-outline-secondary" @click="expandAll">{{ t('units.expandAll') }}</button>
        <button type="button" class="btn btn-sm btn-outline-secondary" @click="collapseAll">{{ t('units.collapseAll') }}</button>
      </div>
      <ProblemBox :lines="list.errors.value" />
      <ProblemBox v-if="!mode" :lines="action.errors.value" />
      <DoneLine v-if="!mode" :text="action.done.value" />
      <ul class="list-unstyled mb-0" :aria-label="t('admin.units')" data-testid="unit-tree">
        <li v-for="r in rows" :key="r.u.code"
            class="d-flex flex-wrap align-items-center gap-2 border-bottom py-1" :style="{ paddingLeft: (r.depth * 1.5) + 'rem' }" :data-unit="r.u.code">
          <button v-if="r.children" type="button" class="btn btn-sm btn-light px-2" :aria-expanded="String(open.has(r.u.code))" :aria-label="(open.has(r.u.code) ? t('units.collapse') : t('units.expand')) + ' ' + name(r.u)"
                  @click="toggle(r.u.code)" data-action="toggle">{{ open.has(r.u.code) ? '−' : '+' }}</button>
          <span v-else class="d-inline-block" style="width: 2rem"></span>
          <span :class="{ 'text-decoration-line-through': !r.u.active }">{{ name(r.u) }}</span>
          <code class="small text-body">{{ r.u.code }}</code><span class="badge text-bg-light">{{ r.u.kind }}</span>
          <ActiveBadge v-if="!r.u.active" :active="false" />
          <span class="ms-auto d-flex gap-1">
            <button type="button" class="btn btn-sm btn-outline-primary" data-action="add-child" :disabled="!r.u.active" @click="start('create', r.u)">{{ t('units.addChild') }}</button>
            <button type="button" class="btn btn-sm btn-outline-secondary" data-action="edit" @click="start('edit', r.u)">{{ t('units.rename') }}</button>
            <button type="button" class="btn btn-sm btn-outline-secondary" data-action="move" @click="start('move', r.u)">{{ t('units.move') }}</button>
            <ActiveToggle :active="r.u.active" @set="setActive(r.u, $event)" />
          </span>
        </li>
      </ul>
    </div>
    <div class="col-lg-5" v-if="mode">
      <form class="card card-body" data-testid="unit-form" @submit.prevent="submit">
        <h2 class="h6">{{ t('units.' + mode) }}<span v-if="target"> — {{ name(target) }}</span></h2>
        <ProblemBox :lines="action.errors.value" />
        <template v-if="mode === 'create'">
          <label for="unit-code" class="form-label small">{{ t('admin.code') }}</label>
          <input id="unit-code" v-model="form.code" class="form-control form-control-sm mb-2" required maxlength="40">
        </template>
        <template v-if="mode !== 'move'">
          <label for="unit-name-vi" class="form-label small">{{ t('admin.nameVi') }}</label>
          <input id="unit-name-vi" v-model="form.nameVi" class="form-control form-control-sm mb-2" maxlength="300">
          <label for="unit-name-en" class="form-label small">{{ t('admin.nameEn') }}</label>
          <input id="unit-name-en" v-model="form.nameEn" class="form-control form-control-sm mb-2" maxlength="300">
          <label for="unit-kind" class="form-label small">{{ t('units.kind') }}</label>
          <input id="unit-kind" v-model="form.kind" class="form-control form-control-sm mb-2" list="unit-kinds" maxlength="40">
          <datalist id="unit-kinds"><option v-for="k in kinds" :key="k" :value="k"></option></datalist>
          <label for="unit-email" class="form-label small">{{ t('admin.email') }}</label>
          <input id="unit-email" v-model="form.email" type="email" class="form-control form-control-sm mb-2">
          <label for="unit-phone" class="form-label small">{{ t('admin.phone') }}</label>
          <input id="unit-phone" v-model="form.phone" class="form-control form-control-sm mb-2">
          <label for="unit-address" class="form-label small">{{ t('admin.address') }}</label>
          <input id="unit-address" v-model="form.address" class="form-control form-control-sm mb-2">
        </template>
        <template v-if="mode !== 'edit'">
          <label for="unit-parent" class="form-label small">{{ t('units.parent') }}</label>
          <select id="unit-parent" v-model="form.parentCode" class="form-select form-select-sm mb-2">
            <option value="">{{ t('units.noParent') }}</option>
            <option v-for="u in (mode === 'move' ? moveTargets : list.items.value.filter((x) => x.active))" :key="u.code" :value="u.code">{{ '· '.repeat(u.depth) + name(u) }} ({{ u.code }})</option>
          </select>
        </template>
        <FormButtons :busy="action.busy.value" @cancel="mode = ''" />
      </form>
    </div>
  </section>`,
};
