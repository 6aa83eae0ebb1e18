// Categories (lĩnh vực) with their SLA policy: working days to forward to a unit, to answer, the longest extension a
// unit may be granted, and how many working hours before the deadline the unit is warned.
import { ref, reactive, onMounted } from 'vue';
import { api } from './api.js';
import { t, locale } from './i18n.js';
import { ProblemBox } from './problem-box.js';
import { useAction, useList, seg, orNull, ActiveBadge, DoneLine, ActiveToggle, FormButtons } from './admin-common.js';

const EMPTY = { code: '', nameVi: '', nameEn: '', descriptionVi: '', forwardWorkingDays: 1, answerWorkingDays: 10, maxExtensionDays: 10, warnBeforeWorkingHours: 8 };
const SLA = ['forwardWorkingDays', 'answerWorkingDays', 'maxExtensionDays', 'warnBeforeWorkingHours'];
const number = (v) => (v === '' || v === null || v === undefined ? null : Number(v));

export const AdminCategories = {
  components: { ActiveToggle, FormButtons, ProblemBox, ActiveBadge, DoneLine },
  setup() {
    const list = useList('api/admin/categories?includeInactive=true');
    const action = useAction();
    const editing = ref(null);
    const shown = ref(false);
    const form = reactive({ ...EMPTY });

    function start(c) {
      editing.value = c;
      shown.value = true;
      action.errors.value = [];
      Object.assign(form, EMPTY, c ? { code: c.code, nameVi: c.nameVi, nameEn: c.nameEn || '', descriptionVi: c.descriptionVi || '', ...c.sla } : {});
    }

    async function submit() {
      const body = { code: form.code, nameVi: form.nameVi, nameEn: orNull(form.nameEn), descriptionVi: orNull(form.descriptionVi),
        sla: Object.fromEntries(SLA.map((k) => [k, number(form[k])])) };
      const ok = await action.run(() => (editing.value
        ? api.put('api/admin/categories/' + seg(editing.value.code), body) : api.post('api/admin/categories', body)));
      if (ok) { shown.value = false; await list.load(); }
    }

    async function setActive(c, active) {
      if (await action.run(() => api.post('api/admin/categories/' + seg(c.code) + (active ? '/activate' : '/deactivate')))) await list.load();
    }

    const name = (c) => (locale.lang === 'en' && c.nameEn) || c.nameVi;
    onMounted(list.load);
    return { list, action, editing, shown, form, SLA, start, submit, setActive, name, t };
  },
  template: `
  <section data-testid="admin-categories">
    <p class="small text-muted">{{ t('cat.hint') }}</p>
    <button type="button" class="btn btn-sm btn-primary mb-2" data-testid="category-add" @click="start(null)">{{ t('cat.add') }}</button>
    <ProblemBox :lines="list.errors.value" />
    <ProblemBox v-if="!shown" :lines="action.errors.value" />
    <DoneLine v-if="!shown" :text="action.done.value" />
    <form v-if="shown" class="card card-body mb-3" data-testid="category-form" @submit.prevent="submit">
      <h2 class="h6">{{ editing ? t('cat.edit') + ' — ' + editing.code : t('cat.add') }}</h2>
      <ProblemBox :lines="action.errors.value" />
      <div class="row g-2">
        <div class="col-md-2"><label for="cat-code" class="form-label small">{{ t('admin.code') }}</label>
          <input id="cat-code" v-model="form.code" class="form-control form-control-sm" :disabled="!!editing" maxlength="40"></div>
        <div class="col-md-5"><label for="cat-name-vi" class="form-label small">{{ t('admin.nameVi') }}</label>
          <input id="cat-name-vi" v-model="form.nameVi" class="form-control form-control-sm" maxlength="300"></div>
        <div class="col-md-5"><label for="cat-name-en" class="form-label small">{{ t('admin.nameEn') }}</label>
          <input id="cat-name-en" v-model="form.nameEn" class="form-control form-control-sm" maxlength="300"></div>
        <div class="col-12"><label for="cat-description" class="form-label small">{{ t('cat.description') }}</label>
          <textarea id="cat-description" v-model="form.descriptionVi" class="form-control form-control-sm" rows="2" maxlength="2000"></textarea></div>
        <fieldset class="col-12 row g-2 m-0 p-0">
          <legend class="h6 small fw-semibold mb-0">{{ t('cat.sla') }}</legend>
          <div v-for="k in SLA" :key="k" class="col-6 col-md-3"><label :for="'cat-' + k" class="form-label small">{{ t('cat.' + k) }}</label>
            <input :id="'cat-' + k" v-model="form[k]" type="number" min="0" class="form-control form-control-sm"></div>
          <p class="small text-muted mb-0">{{ t('cat.extensionRule') }}</p>
        </fieldset>
      </div>
      <FormButtons :busy="action.busy.value" @cancel="shown = false" />
    </form>
    <div class="table-responsive"><table class="table table-sm align-middle" data-testid="category-table">
      <thead><tr><th scope="col">{{ t('admin.code') }}</th><th scope="col">{{ t('admin.name') }}</th>
        <th scope="col" class="text-end">{{ t('cat.forwardWorkingDays') }}</th><th scope="col" class="text-end">{{ t('cat.answerWorkingDays') }}</th>
        <th scope="col" class="text-end">{{ t('cat.maxExtensionDays') }}</th><th scope="col" class="text-end">{{ t('cat.warnBeforeWorkingHours') }}</th>
        <th scope="col">{{ t('admin.state') }}</th><th scope="col"><span class="visually-hidden">{{ t('admin.actions') }}</span></th></tr></thead>
      <tbody>
        <tr v-for="c in list.items.value" :key="c.code" :data-category="c.code">
          <td><code class="text-body">{{ c.code }}</code></td><td>{{ name(c) }}</td>
          <td class="text-end">{{ c.sla.forwardWorkingDays }}</td><td class="text-end">{{ c.sla.answerWorkingDays }}</td>
          <td class="text-end">{{ c.sla.maxExtensionDays }}</td><td class="text-end">{{ c.sla.warnBeforeWorkingHours }}</td>
          <td><ActiveBadge :active="c.active" /></td>
          <td class="text-end text-nowrap">
            <button type="button" class="btn btn-sm btn-outline-secondary me-1" data-action="edit" @click="start(c)">{{ t('admin.edit') }}</button>
            <ActiveToggle :active="c.active" @set="setActive(c, $event)" />
          </td>
        </tr>
      </tbody>
    </table></div>
  </section>`,
};
