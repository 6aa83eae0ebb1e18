// Routing rules (category, area) → lead unit and coordinating units, listed in the order they are tried: the most
// specific rule that fits a report wins (category and area, then category, then area, then the catch-all). A sample
// (category, area) shows which rule intake would use for it, with the same choice the server makes.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from './api.js';
import { t } from './i18n.js';
import { ProblemBox } from './problem-box.js';
import { useAction, useList, orNull, DoneLine, FormButtons } from './admin-common.js';

const EMPTY = { categoryCode: '', areaCode: '', leadUnitCode: '', coordinatorUnitCodes: [], note: '' };

export const AdminRouting = {
  components: { FormButtons, ProblemBox, DoneLine },
  setup() {
    const rules = useList('api/admin/routing-rules');
    const categories = useList('api/admin/categories');
    const areas = useList('api/admin/areas');
    const units = useList('api/admin/units');
    const action = useAction();
    const probe = useAction();
    const editing = ref(null);
    const shown = ref(false);
    const form = reactive({ ...EMPTY, coordinatorUnitCodes: [] });
    const sample = reactive({ category: '', area: '' });
    const match = ref(null);

    const label = (items, code) => (code == null ? t('rule.any') : (items.value.find((x) => x.code === code)?.nameVi || code) + ' (' + code + ')');
    const specificity = (r) => t('rule.spec' + r.specificity);
    const coordinatorChoices = computed(() => units.items.value.filter((u) => u.code !== form.leadUnitCode));

    function start(r) {
      editing.value = r;
      shown.value = true;
      action.errors.value = [];
      Object.assign(form, EMPTY, r ? { categoryCode: r.categoryCode || '', areaCode: r.areaCode || '', leadUnitCode: r.leadUnitCode,
        note: r.note || '' } : {}, { coordinatorUnitCodes: r ? [...r.coordinatorUnitCodes] : [] });
    }

    async function submit() {
      const body = { categoryCode: orNull(form.categoryCode), areaCode: orNull(form.areaCode), leadUnitCode: form.leadUnitCode,
        coordinatorUnitCodes: form.coordinatorUnitCodes, note: orNull(form.note) };
      const ok = await action.run(() => (editing.value ? api.put('api/admin/routing-rules/' + editing.value.id, body)
        : api.post('api/admin/routing-rules', body)));
      if (ok) { shown.value = false; match.value = null; await rules.load(); }
    }

    async function deactivate(r) {
      if (await action.run(() => api.post('api/admin/routing-rules/' + r.id + '/deactivate'))) await rules.load();
    }

    async function test() {
      match.value = null;
      const q = new URLSearchParams();
      if (sample.category) q.set('category', sample.category);
      if (sample.area) q.set('area', sample.area);
      const result = await probe.run(() => api.get('api/admin/routing-rules/match?' + q), '');
      if (result) match.value = result;
    }

    onMounted(() => Promise.all([rules, categories, areas, units].map((l) => l.load())));
    return { rules, categories, areas, units, action, probe, editing, shown, form, sample, match, coordinatorChoices,
      label, specificity, start, submit, deactivate, test, t };
  },
  template: `
  <section data-testid="admin-routing">
    <p class="small text-muted">{{ t('rule.hint') }}</p>
    <ProblemBox :lines="[...rules.errors.value, ...categories.errors.value, ...areas.errors.value, ...units.errors.value]" />
    <form class="card card-body mb-3" data-testid="rule-test" @submit.prevent="test">
      <h2 class="h6">{{ t('rule.test') }}</h2>
      <div class="row g-2 align-items-end">
        <div class="col-md-4"><label for="probe-category" class="form-label small">{{ t('field.category') }}</label>
          <select id="probe-category" v-model="sample.category" class="form-select form-select-sm"><option value="">{{ t('rule.unknown') }}</option>
            <option v-for="c in categories.items.value" :key="c.code" :value="c.code">{{ c.nameVi }}</option></select></div>
        <div class="col-md-4"><label for="probe-area" class="form-label small">{{ t('field.area') }}</label>
          <select id="probe-area" v-model="sample.area" class="form-select form-select-sm"><option value="">{{ t('rule.unknown') }}</option>
            <option v-for="a in areas.items.value" :key="a.code" :value="a.code">{{ a.nameVi }}</option></select></div>
        <div class="col-auto"><button type="submit" class="btn btn-sm btn-outline-primary">{{ t('rule.try') }}</button></div>
      </div>
      <ProblemBox class="mt-2" :lines="probe.errors.value" />
      <p v-if="match" class="mt-2 mb-0" role="status" data-testid="rule-match">
        <template v-if="match.matched">{{ t('rule.matched') }} #{{ match.rule.id }} ({{ specificity(match.rule) }}) → <strong>{{ match.rule.leadUnitName }}</strong> ({{ match.rule.leadUnitCode }})</template>
        <template v-else>{{ t('rule.noMatch') }}</template>
      </p>
    </form>
    <button type="button" class="btn btn-sm btn-primary mb-2" data-testid="rule-add" @click="start(null)">{{ t('rule.add') }}</button>
    <ProblemBox v-if="!shown" :lines="action.errors.value" />
    <DoneLine v-if="!shown" :text="action.done.value" />
    <form v-if="shown" class="card card-body mb-3" data-testid="rule-form" @submit.prevent="submit">
      <h2 class="h6">{{ editing ? t('rule.edit') + ' #' + editing.id : t('rule.add') }}</h2>
      <p v-if="editing" class="small text-muted">{{ t('rule.replaceHint') }}</p>
      <ProblemBox :lines="action.errors.value" />
      <div class="row g-2">
        <div class="col-md-4"><label for="rule-category" class="form-label small">{{ t('field.category') }}</label>
          <select id="rule-category" v-model="form.categoryCode" class="form-select form-select-sm"><option value="">{{ t('rule.any') }}</option>
            <option v-for="c in categories.items.value" :key="c.code" :value="c.code">{{ c.nameVi }} ({{ c.code }})</option></select></div>
        <div class="col-md-4"><label for="rule-area" class="form-label small">{{ t('field.area') }}</label>
          <select id="rule-area" v-model="form.areaCode" class="form-select form-select-sm"><option value="">{{ t('rule.any') }}</option>
            <option v-for="a in areas.items.value" :key="a.code" :value="a.code">{{ a.nameVi }} ({{ a.code }})</option></select></div>
        <div class="col-md-4"><label for="rule-lead" class="form-label small">{{ t('field.leadUnit') }}</label>
          <select id="rule-lead" v-model="form.leadUnitCode" class="form-select form-select-sm"><option value="">{{ t('field.choose') }}</option>
            <option v-for="u in units.items.value" :key="u.code" :value="u.code">{{ '· '.repeat(u.depth) + u.nameVi }} ({{ u.code }})</option></select></div>
        <div class="col-md-6"><label for="rule-coordinators" class="form-label small">{{ t('field.coordinators') }}</label>
          <select id="rule-coordinators" v-model="form.coordinatorUnitCodes" multiple size="5" class="form-select form-select-sm">
            <option v-for="u in coordinatorChoices" :key="u.code" :value="u.code">{{ u.nameVi }} ({{ u.code }})</option></select></div>
        <div class="col-md-6"><label for="rule-note" class="form-label small">{{ t('field.note') }}</label>
          <textarea id="rule-note" v-model="form.note" class="form-control form-control-sm" rows="3" maxlength="500"></textarea></div>
      </div>
      <FormButtons :busy="action.busy.value" @cancel="shown = false" />
    </form>
    <div class="table-responsive"><table class="table table-sm align-middle" data-testid="rule-table">
      <thead><tr><th scope="col">{{ t('rule.order') }}</th><th scope="col">{{ t('field.category') }}</th><th scope="col">{{ t('field.area') }}</th>
        <th scope="col">{{ t('field.leadUnit') }}</th><th scope="col">{{ t('field.coordinators') }}</th><th scope="col">{{ t('rule.kind') }}</th>
        <th scope="col"><span class="visually-hidden">{{ t('admin.actions') }}</span></th></tr></thead>
      <tbody>
        <tr v-for="(r, i) in rules.items.value" :key="r.id" :data-rule="r.id" :class="{ 'table-info': match && match.matched && match.rule.id === r.id }">
          <td>{{ i + 1 }}</td><td>{{ label(categories.items, r.categoryCode) }}</td><td>{{ label(areas.items, r.areaCode) }}</td>
          <td>{{ r.leadUnitName }} <code class="small text-body">{{ r.leadUnitCode }}</code></td>
          <td class="small">{{ r.coordinatorUnitCodes.join(', ') }}</td><td class="small">{{ specificity(r) }}</td>
          <td class="text-end text-nowrap">
            <button type="button" class="btn btn-sm btn-outline-secondary me-1" data-action="edit" @click="start(r)">{{ t('admin.edit') }}</button>
            <button type="button" class="btn btn-sm btn-outline-danger" data-action="deactivate" @click="deactivate(r)">{{ t('admin.deactivate') }}</button>
          </td>
        </tr>
      </tbody>
    </table></div>
  </section>`,
};
