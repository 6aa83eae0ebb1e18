// The administration section of the staff workspace (role ADMIN): one page per thing an administrator keeps, each
// reached by its own address (#/admin/units, #/admin/calendar, …) so a link or a reload lands on the same page.
import { computed } from 'vue';
import { t } from './i18n.js';
import './i18n-admin.js';
import { AdminUnits } from './admin-units.js';
import { AdminCategories } from './admin-categories.js';
import { AdminRouting } from './admin-routing.js';
import { AdminCalendar } from './admin-calendar.js';
import { AdminUsers } from './admin-users.js';
import { AdminTemplates } from './admin-templates.js';
import { AdminIndex } from './admin-index.js';
import { AdminKeys, AdminQuarantine } from './admin-keys.js';

const PAGES = { units: AdminUnits, categories: AdminCategories, routing: AdminRouting, calendar: AdminCalendar, users: AdminUsers,
  templates: AdminTemplates, index: AdminIndex, keys: AdminKeys, quarantine: AdminQuarantine };

export const AdminSection = {
  props: { route: { type: String, default: '' } },
  setup(props) {
    const page = computed(() => {
      const m = props.route.match(/^#\/admin\/([a-z]+)/);
      return m && PAGES[m[1]] ? m[1] : 'units';
    });
    const component = computed(() => PAGES[page.value]);
    return { page, component, pages: Object.keys(PAGES), t };
  },
  template: `
  <section data-testid="admin" :data-page="page">
    <h1 class="h4 mb-3">{{ t('admin.title') }} — {{ t('admin.' + page) }}</h1>
    <nav :aria-label="t('admin.title')"><ul class="nav nav-tabs mb-3">
      <li v-for="p in pages" :key="p" class="nav-item">
        <a class="nav-link" :class="{ active: p === page }" :aria-current="p === page ? 'page' : null" :href="'#/admin/' + p" :data-admin-nav="p">{{ t('admin.' + p) }}</a>
      </li>
    </ul></nav>
    <component :is="component" :key="page" />
  </section>`,
};
