// Search the answers the city has published: the case's code, where, when, and the answer; nobody's identity.
import { ref } from 'vue';
import { api, highlighted } from './api.js';
import { t, formatDate } from './i18n.js';
import { ProblemBox, errorLines } from './problem-box.js';

export const PublishedAnswers = {
  components: { ProblemBox },
  setup() {
    const q = ref('');
    const results = ref(null);
    const errors = ref([]);

    async function search() {
      errors.value = [];
      try {
        results.value = await api.get('api/public/search/answers?limit=20&q=' + encodeURIComponent(q.value));
      } catch (e) {
        errors.value = errorLines(e);
      }
    }

    return { q, results, errors, search, highlighted, t, formatDate };
  },
  template: `
  <section aria-labelledby="answers-h" class="card shadow-sm mb-4">
    <div class="card-body">
      <h2 id="answers-h" class="h4 card-title">{{ t('nav.answers') }}</h2>
      <form class="d-flex gap-2" role="search" @submit.prevent="search">
        <label for="answers-q" class="visually-hidden">{{ t('answers.query') }}</label>
        <input id="answers-q" v-model="q" type="search" class="form-control" :placeholder="t('answers.query')">
        <button type="submit" class="btn btn-outline-primary">{{ t('answers.search') }}</button>
      </form>
      <div class="mt-3"><ProblemBox :lines="errors" /></div>
      <p v-if="results && !results.length" class="text-muted">{{ t('answers.none') }}</p>
      <ul v-if="results && results.length" class="list-unstyled mt-3" data-testid="answers">
        <li v-for="a in results" :key="a.trackingCode" class="border-top py-2">
          <div class="small text-muted">{{ a.trackingCode }} · {{ a.categoryName || '' }} · {{ a.areaName || '' }} ·
            {{ t('answers.received') }} {{ formatDate(a.receivedAt) }} · {{ t('answers.published') }} {{ formatDate(a.publishedAt) }}</div>
          <p class="mb-0" v-html="highlighted(a.snippet)"></p>
        </li>
      </ul>
    </div>
  </section>`,
};
