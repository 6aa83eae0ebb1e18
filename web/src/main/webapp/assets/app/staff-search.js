// Staff full-text search with facets: accents optional, unit staff see their own unit's cases only (server side).
import { ref } from 'vue';
import { api, highlighted } from './api.js';
import { t, formatDate } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';

export const StaffSearch = {
  components: { ProblemBox },
  setup() {
    const q = ref('');
    const filters = ref({});
    const result = ref(null);
    const errors = ref([]);

    async function search() {
      errors.value = [];
      const params = new URLSearchParams({ q: q.value, limit: 50 });
      for (const [dimension, value] of Object.entries(filters.value)) if (value) params.append(dimension, value);
      try {
        result.value = await api.get('api/search?' + params);
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    function toggle(dimension, value) {
      filters.value = { ...filters.value, [dimension]: filters.value[dimension] === value ? null : value };
      search();
    }

    return { q, filters, result, errors, search, toggle, highlighted, t, formatDate };
  },
  template: `
  <section data-testid="staff-search">
    <form class="d-flex gap-2 mb-3" role="search" @submit.prevent="search">
      <label for="staff-q" class="visually-hidden">{{ t('search.placeholder') }}</label>
      <input id="staff-q" v-model="q" type="search" class="form-control" :placeholder="t('search.placeholder')">
      <button type="submit" class="btn btn-primary">{{ t('search.go') }}</button>
    </form>
    <ProblemBox :lines="errors" />
    <div v-if="result" class="row">
      <aside class="col-md-3 small">
        <div v-for="(values, dimension) in result.facets" :key="dimension" class="mb-3">
          <h3 class="h6 text-uppercase">{{ dimension }}</h3>
          <button v-for="v in values" :key="v.value" type="button" class="btn btn-sm d-block text-start w-100"
                  :class="filters[dimension] === v.value ? 'btn-primary' : 'btn-light'" @click="toggle(dimension, v.value)">
            {{ v.label || v.value }} <span class="badge text-bg-secondary">{{ v.count }}</span></button>
        </div>
      </aside>
      <div class="col-md-9">
        <p class="small text-muted">{{ result.total }} {{ t('search.results') }}</p>
        <ul class="list-unstyled" data-testid="search-hits">
          <li v-for="h in result.hits" :key="h.reportId" class="border-top py-2">
            <a :href="'#/case/' + h.caseId">{{ h.trackingCode }}</a> · <strong>{{ h.title }}</strong>
            <span class="small text-muted"> · {{ h.stateLabelVi }} · {{ h.categoryName || '' }} · {{ h.unitName || '' }} · {{ formatDate(h.receivedAt) }}</span>
            <p class="mb-0 small" v-html="highlighted(h.snippet)"></p>
          </li>
        </ul>
      </div>
    </div>
  </section>`,
};
