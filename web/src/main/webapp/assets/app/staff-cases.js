// A list of cases as the API filters them (dispatch queues, a unit's cases), with due times counted down.
import { ref, watch, onMounted } from 'vue';
import { api } from './api.js';
import { t, formatDate, formatDateTime } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';

const HOUR = 3600_000;

/** "còn 2 ngày 3 giờ" / "quá hạn 5 giờ": calendar time to the due moment, as a countdown reads. */
export function countdown(dueIso, now = Date.now()) {
  if (!dueIso) return '';
  const ms = new Date(dueIso).getTime() - now;
  const hours = Math.floor(Math.abs(ms) / HOUR);
  const text = (hours >= 24 ? Math.floor(hours / 24) + 'd ' : '') + (hours % 24) + 'h';
  return ms < 0 ? t('list.overdue') + ' ' + text : t('list.left') + ' ' + text;
}

export const CaseList = {
  components: { ProblemBox },
  props: { title: String, query: { type: Object, default: () => ({}) }, testid: String },
  setup(props) {
    const page = ref(null);
    const number = ref(0);
    // Where each page seen so far starts (the server's "next" cursors): paging forward and back costs one index
    // range scan, however deep.
    let cursors = [null];
    const text = ref('');
    const overdueOnly = ref(false);
    const errors = ref([]);
    const now = ref(Date.now());

    async function load() {
      errors.value = [];
      if (number.value === 0) cursors = [null];
      const params = new URLSearchParams({ page: number.value, size: 20 });
      if (cursors[number.value]) params.set('after', cursors[number.value]);
      for (const [k, v] of Object.entries(props.query)) if (v !== null && v !== undefined && v !== '') params.set(k, v);
      if (text.value.trim()) params.set('q', text.value.trim());
      if (overdueOnly.value) params.set('overdue', 'true');
      try {
        page.value = await api.get('api/cases?' + params);
        cursors[number.value + 1] = page.value.next;
        now.value = Date.now();
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    watch(() => props.query, () => { number.value = 0; load(); }, { deep: true });
    onMounted(load);

    function due(c) {
      return c.dueAt || (c.state === 'RECEIVED' || c.state === 'CLASSIFIED' ? c.forwardDueAt : null);
    }
    function late(c) {
      const d = due(c);
      return c.overdue || (d && new Date(d).getTime() < now.value && !c.paused);
    }

    /** "3 / 12 · 231", or "3 / 500+ · hơn 10.000" when the server stopped counting. */
    function position(p) {
      const pages = Math.max(1, Math.ceil(p.total / p.size));
      return p.totalAtLeast ? (p.page + 1) + ' / ' + pages + '+ · ' + t('list.moreThan').replace('{n}', p.total.toLocaleString('vi-VN'))
        : (p.page + 1) + ' / ' + pages + ' · ' + p.total;
    }

    return { page, number, text, overdueOnly, errors, load, due, late, countdown: (iso) => countdown(iso, now.value),
      t, formatDate, formatDateTime, position };
  },
  template: `
  <section class="mb-4" :data-testid="testid">
    <h2 v-if="title" class="h5">{{ title }}</h2>
    <form class="row g-2 align-items-end mb-2" role="search" @submit.prevent="number = 0; load()">
      <div class="col-md-6"><label :for="testid + '-q'" class="visually-hidden">{{ t('list.search') }}</label>
        <input :id="testid + '-q'" v-model="text" type="search" class="form-control form-control-sm" :placeholder="t('list.search')"></div>
      <div class="col-auto form-check ms-2">
        <input :id="testid + '-overdue'" v-model="overdueOnly" type="checkbox" class="form-check-input" @change="number = 0; load()">
        <label :for="testid + '-overdue'" class="form-check-label">{{ t('list.overdueOnly') }}</label></div>
      <div class="col-auto"><button type="submit" class="btn btn-sm btn-outline-primary">{{ t('list.filter') }}</button></div>
    </form>
    <ProblemBox :lines="errors" />
    <p v-if="page && !page.items.length" class="text-muted">{{ t('list.empty') }}</p>
    <div v-if="page && page.items.length" class="table-responsive">
      <table class="table table-sm table-hover align-middle">
        <thead><tr><th scope="col">{{ t('list.code') }}</th><th scope="col">{{ t('list.title') }}</th><th scope="col">{{ t('list.state') }}</th>
          <th scope="col">{{ t('list.received') }}</th><th scope="col">{{ t('list.due') }}</th><th scope="col">{{ t('list.unit') }}</th></tr></thead>
        <tbody>
          <tr v-for="c in page.items" :key="c.id" :class="{ 'table-danger': late(c) }" :data-code="c.trackingCode">
            <td><a :href="'#/case/' + c.id">{{ c.trackingCode }}</a></td>
            <td>{{ c.title }}
              <span v-if="c.likelyDuplicateOf" class="badge text-bg-warning ms-1">{{ t('list.likelyDuplicate') }} {{ c.likelyDuplicateOf.trackingCode }}</span>
              <div class="small text-muted">{{ c.categoryName || '' }}{{ c.areaName ? ' · ' + c.areaName : '' }}</div></td>
            <td>{{ c.stateLabelVi }}<span v-if="c.paused" class="badge text-bg-secondary ms-1">{{ t('list.paused') }}</span></td>
            <td>{{ formatDateTime(c.receivedAt) }}</td>
            <td><span :class="{ overdue: late(c) }">{{ formatDateTime(due(c)) }}</span>
              <div v-if="due(c) && !c.paused" class="small" :class="late(c) ? 'overdue' : 'text-muted'">{{ countdown(due(c)) }}</div></td>
            <td>{{ c.leadUnitName || '—' }}</td>
          </tr>
        </tbody>
      </table>
      <nav class="d-flex gap-2 align-items-center">
        <button class="btn btn-sm btn-outline-secondary" :disabled="number === 0" @click="number--; load()">{{ t('list.prev') }}</button>
        <span class="small" data-testid="list-position">{{ position(page) }}</span>
        <button class="btn btn-sm btn-outline-secondary" :disabled="page.next == null" @click="number++; load()">{{ t('list.next') }}</button>
      </nav>
    </div>
  </section>`,
};
