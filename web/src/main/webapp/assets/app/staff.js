// The staff workspace: one page, a view per role (dispatch, unit work, search), routed by the URL's hash.
import { createApp, ref, computed, onMounted, onBeforeUnmount } from 'vue';
import { api } from './api.js';
import { t, locale, toggleLanguage } from './i18n.js';
import './i18n-staff.js';
import { CaseList } from './staff-cases.js';
import { CaseDetail } from './staff-case.js';
import { StaffSearch } from './staff-search.js';
import { Dashboard } from './staff-dashboard.js';
import { CallDesk } from './staff-calldesk.js';
import { AdminSection } from './staff-admin.js';
import { ProblemBox, errorLines } from './problem-box.js';

const Staff = {
  components: { CaseList, CaseDetail, StaffSearch, Dashboard, CallDesk, AdminSection, ProblemBox },
  setup() {
    const me = ref(null);
    const route = ref(location.hash);
    const expired = ref(false);
    const errors = ref([]);
    const categories = ref([]);
    const areas = ref([]);
    const units = ref([]);

    const has = (...roles) => !!me.value && roles.some((r) => me.value.roles.includes(r));
    const views = computed(() => [
      has('OPERATOR') && { key: 'calldesk', label: t('nav.calldesk') },
      has('DISPATCHER', 'OPERATOR', 'ADMIN') && { key: 'dispatch', label: t('nav.dispatch') },
      has('UNIT_OFFICER', 'UNIT_LEADER') && { key: 'unit', label: t('nav.unit') },
      has('LEADER', 'UNIT_LEADER', 'DISPATCHER', 'ADMIN') && { key: 'dashboard', label: t('nav.dashboard') },
      { key: 'search', label: t('nav.search') },
      has('ADMIN') && { key: 'admin', label: t('nav.admin') },
    ].filter(Boolean));
    const view = computed(() => {
      const m = route.value.match(/^#\/([a-z]+)(?:\/(\d+))?(?:\?(.*))?/);
      if (m && m[1] === 'case') return { key: 'case', id: Number(m[2]) };
      // A drill-down from the dashboard: the case list with the row's filters.
      if (m && m[1] === 'cases') return { key: 'cases', query: Object.fromEntries(new URLSearchParams(m[3] || '')) };
      const key = m ? m[1] : null;
      return { key: views.value.some((v) => v.key === key) ? key : views.value[0]?.key };
    });

    const onHash = () => { route.value = location.hash; window.scrollTo(0, 0); };
    const onExpired = () => { expired.value = true; };
    onMounted(async () => {
      document.documentElement.lang = locale.lang;
      window.addEventListener('hashchange', onHash);
      window.addEventListener('pakn:session-expired', onExpired);
      try {
        me.value = await api.get('api/me');
        [categories.value, areas.value, units.value] = await Promise.all(
          ['categories', 'areas', 'units'].map((list) => api.get('api/public/' + list)));
      } catch (e) {
        errors.value = errorLines(e);
      }
    });
    onBeforeUnmount(() => {
      window.removeEventListener('hashchange', onHash);
      window.removeEventListener('pakn:session-expired', onExpired);
    });

    function signInAgain() {
      location.reload();
    }

    return { me, route, view, views, expired, errors, categories, areas, units, signInAgain, t, toggleLanguage };
  },
  template: `
  <header class="pakn-header text-white py-2 mb-3">
    <div class="container-fluid d-flex flex-wrap justify-content-between align-items-center gap-2">
      <span class="h5 mb-0">{{ t('staff.title') }}</span>
      <nav class="d-flex flex-wrap gap-3 align-items-center" aria-label="menu">
        <a v-for="v in views" :key="v.key" class="link-light" :href="'#/' + v.key" :aria-current="view.key === v.key ? 'page' : null"
           :class="{ 'fw-bold text-decoration-underline': view.key === v.key }" :data-nav="v.key">{{ v.label }}</a>
        <a class="link-light" href="../">{{ t('nav.portal') }}</a>
        <span v-if="me" class="small" data-testid="me">{{ me.fullName || me.username }}<span v-if="me.unitName"> · {{ me.unitName }}</span></span>
        <a class="btn btn-sm btn-outline-light" href="../logout">{{ t('staff.signOut') }}</a>
        <button type="button" class="btn btn-sm btn-light" @click="toggleLanguage">{{ t('lang.switch') }}</button>
      </nav>
    </div>
  </header>
  <main class="container-fluid" id="main">
    <div v-if="expired" class="alert alert-warning d-flex align-items-center gap-3" role="alert" data-testid="session-expired">
      {{ t('staff.sessionExpired') }} <button type="button" class="btn btn-sm btn-warning" @click="signInAgain">{{ t('staff.signInAgain') }}</button>
    </div>
    <ProblemBox :lines="errors" />
    <template v-if="me">
      <CaseDetail v-if="view.key === 'case'" :id="view.id" :categories="categories" :areas="areas" :units="units" />
      <template v-else-if="view.key === 'dispatch'">
        <CaseList :title="t('queue.new')" :query="{ state: 'RECEIVED' }" testid="queue-new" />
        <CaseList :title="t('queue.classified')" :query="{ state: 'CLASSIFIED' }" testid="queue-classified" />
      </template>
      <CaseList v-else-if="view.key === 'unit'" :title="t('nav.unit')" :query="{}" testid="unit-cases" />
      <StaffSearch v-else-if="view.key === 'search'" />
      <Dashboard v-else-if="view.key === 'dashboard'" />
      <CallDesk v-else-if="view.key === 'calldesk'" :categories="categories" :areas="areas" />
      <AdminSection v-else-if="view.key === 'admin'" :route="route" />
      <CaseList v-else-if="view.key === 'cases'" :title="t('nav.cases')" :query="view.query" testid="drill-cases" />
    </template>
  </main>`,
};

createApp(Staff).mount('#app');
