// The citizens' portal: submit, look up, published answers. One page, three sections, no sign-in.
import { createApp, ref, onMounted } from 'vue';
import { api } from './api.js';
import { t, locale, toggleLanguage } from './i18n.js';
import { SubmitReport } from './portal-submit.js';
import { LookupReport } from './portal-lookup.js';
import { PublishedAnswers } from './portal-answers.js';

const Portal = {
  components: { SubmitReport, LookupReport, PublishedAnswers },
  setup() {
    const categories = ref([]);
    const areas = ref([]);
    onMounted(async () => {
      document.documentElement.lang = locale.lang;
      // The form still works without the lists: "not sure" is a valid answer.
      try { categories.value = await api.get('api/public/categories'); } catch (e) { /* keep empty */ }
      try { areas.value = await api.get('api/public/areas'); } catch (e) { /* keep empty */ }
    });
    return { categories, areas, t, locale, toggleLanguage };
  },
  template: `
  <header class="pakn-header text-white py-3 mb-4">
    <div class="container d-flex flex-wrap justify-content-between align-items-center gap-2">
      <div>
        <h1 class="h3 mb-0">{{ t('app.title') }}</h1>
        <p class="mb-0 small">{{ t('app.subtitle') }}</p>
      </div>
      <nav class="d-flex flex-wrap gap-2 align-items-center" :aria-label="t('app.title')">
        <a class="link-light" href="#submit-h">{{ t('nav.submit') }}</a>
        <a class="link-light" href="#lookup-h">{{ t('nav.lookup') }}</a>
        <a class="link-light" href="#answers-h">{{ t('nav.answers') }}</a>
        <a class="link-light" href="staff/">{{ t('nav.staff') }}</a>
        <button type="button" class="btn btn-sm btn-light" @click="toggleLanguage" data-testid="lang">{{ t('lang.switch') }}</button>
      </nav>
    </div>
  </header>
  <main class="container" id="main">
    <SubmitReport :categories="categories" :areas="areas" />
    <LookupReport />
    <PublishedAnswers />
  </main>
  <footer class="container small text-muted py-4">Giờ Việt Nam (Asia/Ho_Chi_Minh) · API: <code>/api/public</code> · <a href="openapi">OpenAPI</a></footer>`,
};

createApp(Portal).mount('#app');
