// Staff accounts: create with roles and unit, change them, set a new password, deactivate and reactivate. The API
// never sends a password or its hash, and this page never shows one: a new password is typed, sent once, cleared.
import { ref, reactive, computed, onMounted } from 'vue';
import { api } from './api.js';
import { t } from './i18n.js';
import { ProblemBox } from './problem-box.js';
import { useAction, useList, seg, orNull, ActiveBadge, DoneLine, ActiveToggle, FormButtons } from './admin-common.js';

export const ROLES = ['OPERATOR', 'DISPATCHER', 'UNIT_OFFICER', 'UNIT_LEADER', 'LEADER', 'ADMIN'];
const EMPTY = { username: '', password: '', fullName: '', email: '', unitCode: '', roles: [], extension: '' };

export const AdminUsers = {
  components: { ActiveToggle, FormButtons, ProblemBox, ActiveBadge, DoneLine },
  setup() {
    const filter = reactive({ unit: '', role: '' });
    const users = useList(() => 'api/admin/users?includeInactive=true' + (filter.unit ? '&unit=' + seg(filter.unit) : '')
      + (filter.role ? '&role=' + filter.role : ''));
    const units = useList('api/admin/units');
    const action = useAction();
    const mode = ref('');
    const target = ref(null);
    const form = reactive({ ...EMPTY, roles: [] });
    const needsUnit = computed(() => form.roles.some((r) => r === 'UNIT_OFFICER' || r === 'UNIT_LEADER'));

    function start(m, u) {
      mode.value = m;
      target.value = u;
      action.errors.value = [];
      Object.assign(form, EMPTY, u ? { username: u.username, fullName: u.fullName, email: u.email || '', unitCode: u.unitCode || '',
        extension: u.extension || '' } : {}, { roles: u ? [...u.roles] : [], password: '' });
    }

    async function submit() {
      const body = { fullName: form.fullName, email: orNull(form.email), unitCode: orNull(form.unitCode), roles: form.roles,
        extension: orNull(form.extension) };
      const ok = await action.run(() => {
        if (mode.value === 'create') return api.post('api/admin/users', { ...body, username: form.username, password: form.password });
        if (mode.value === 'password') return api.put('api/admin/users/' + seg(target.value.username) + '/password', { password: form.password });
        return api.put('api/admin/users/' + seg(target.value.username), body);
      }, mode.value === 'password' ? t('user.passwordSet') : t('admin.saved'));
      if (ok) { form.password = ''; mode.value = ''; await users.load(); }
    }

    async function setActive(u, active) {
      if (await action.run(() => api.post('api/admin/users/' + seg(u.username) + (active ? '/activate' : '/deactivate')))) await users.load();
    }

    onMounted(() => Promise.all([users.load(), units.load()]));
    return { filter, users, units, action, mode, target, form, needsUnit, ROLES, start, submit, setActive, t };
  },
  template: `
  <section data-testid="admin-users">
    <form class="row g-2 align-items-end mb-2" @submit.prevent="users.load()">
      <div class="col-auto"><button type="button" class="btn btn-sm btn-primary" data-testid="user-add" @click="start('create', null)">{{ t('user.add') }}</button></div>
      <div class="col-md-4"><label for="users-unit" class="form-label small">{{ t('user.unit') }}</label>
        <select id="users-unit" v-model="filter.unit" class="form-select form-select-sm" @change="users.load()"><option value="">{{ t('user.allUnits') }}</option>
          <option v-for="u in units.items.value" :key="u.code" :value="u.code">{{ '· '.repeat(u.depth) + u.nameVi }}</option></select></div>
      <div class="col-md-3"><label for="users-role" class="form-label small">{{ t('user.roles') }}</label>
        <select id="users-role" v-model="filter.role" class="form-select form-select-sm" @change="users.load()"><option value="">{{ t('user.allRoles') }}</option>
          <option v-for="r in ROLES" :key="r" :value="r">{{ t('role.' + r) }}</option></select></div>
    </form>
    <ProblemBox :lines="[...users.errors.value, ...units.errors.value]" />
    <ProblemBox v-if="!mode" :lines="action.errors.value" />
    <DoneLine v-if="!mode" :text="action.done.value" />
    <form v-if="mode" class="card card-body mb-3" data-testid="user-form" @submit.prevent="submit" autocomplete="off">
      <h2 class="h6">{{ t('user.' + mode) }}<span v-if="target"> — {{ target.username }}</span></h2>
      <ProblemBox :lines="action.errors.value" />
      <div class="row g-2">
        <template v-if="mode === 'create'">
          <div class="col-md-4"><label for="user-username" class="form-label small">{{ t('user.username') }}</label>
            <input id="user-username" v-model="form.username" class="form-control form-control-sm" maxlength="50" autocomplete="off"></div>
        </template>
        <template v-if="mode !== 'password'">
          <div class="col-md-4"><label for="user-fullname" class="form-label small">{{ t('user.fullName') }}</label>
            <input id="user-fullname" v-model="form.fullName" class="form-control form-control-sm" maxlength="200"></div>
          <div class="col-md-4"><label for="user-email" class="form-label small">{{ t('admin.email') }}</label>
            <input id="user-email" v-model="form.email" type="email" class="form-control form-control-sm"></div>
          <div class="col-md-6"><label for="user-unit" class="form-label small">{{ t('user.unit') }}<span v-if="needsUnit"> *</span></label>
            <select id="user-unit" v-model="form.unitCode" class="form-select form-select-sm"><option value="">{{ t('user.noUnit') }}</option>
              <option v-for="u in units.items.value" :key="u.code" :value="u.code">{{ '· '.repeat(u.depth) + u.nameVi }} ({{ u.code }})</option></select></div>
          <div class="col-md-3"><label for="user-extension" class="form-label small">{{ t('user.extension') }}</label>
            <input id="user-extension" v-model="form.extension" class="form-control form-control-sm" maxlength="40"></div>
          <fieldset class="col-12"><legend class="form-label small mb-1">{{ t('user.roles') }}</legend>
            <div v-for="r in ROLES" :key="r" class="form-check form-check-inline">
              <input :id="'user-role-' + r" v-model="form.roles" type="checkbox" class="form-check-input" :value="r">
              <label :for="'user-role-' + r" class="form-check-label small">{{ t('role.' + r) }}</label></div>
          </fieldset>
        </template>
        <div v-if="mode !== 'edit'" class="col-md-4"><label for="user-password" class="form-label small">{{ mode === 'password' ? t('user.newPassword') : t('user.password') }}</label>
          <input id="user-password" v-model="form.password" type="password" class="form-control form-control-sm" autocomplete="new-password" maxlength="72">
          <div class="form-text small">{{ t('user.passwordRule') }}</div></div>
      </div>
      <FormButtons :busy="action.busy.value" @cancel="mode = ''" />
    </form>
    <div class="table-responsive"><table class="table table-sm align-middle" data-testid="user-table">
      <thead><tr><th scope="col">{{ t('user.username') }}</th><th scope="col">{{ t('user.fullName') }}</th><th scope="col">{{ t('user.unit') }}</th>
        <th scope="col">{{ t('user.roles') }}</th><th scope="col">{{ t('admin.state') }}</th><th scope="col"><span class="visually-hidden">{{ t('admin.actions') }}</span></th></tr></thead>
      <tbody>
        <tr v-for="u in users.items.value" :key="u.username" :data-user="u.username">
          <td><code class="text-body">{{ u.username }}</code></td><td>{{ u.fullName }}</td><td class="small">{{ u.unitName || '—' }}</td>
          <td class="small">{{ u.roles.map((r) => t('role.' + r)).join(', ') }}</td><td><ActiveBadge :active="u.active" /></td>
          <td class="text-end text-nowrap">
            <button type="button" class="btn btn-sm btn-outline-secondary me-1" data-action="edit" @click="start('edit', u)">{{ t('admin.edit') }}</button>
            <button type="button" class="btn btn-sm btn-outline-secondary me-1" data-action="password" @click="start('password', u)">{{ t('user.password') }}</button>
            <ActiveToggle :active="u.active" @set="setActive(u, $event)" />
          </td>
        </tr>
      </tbody>
    </table></div>
  </section>`,
};
