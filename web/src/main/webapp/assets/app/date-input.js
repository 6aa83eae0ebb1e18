// A date field that shows and accepts dd/MM/yyyy whatever the browser's locale (type="date" follows the browser:
// an English Chromium shows mm/dd/yyyy). The model is ISO yyyy-MM-dd, '' when empty and null when the text is not
// a real date; the text stays as typed so nothing is lost while the message says what is wrong.
import { ref, watch, computed } from 'vue';
import { t, addTexts } from './i18n.js';

addTexts({ 'date.invalid': 'Ngày không hợp lệ: nhập theo dạng dd/MM/yyyy, ví dụ 02/09/2026.', 'date.format': 'dd/MM/yyyy' },
  { 'date.invalid': 'Not a valid date: type dd/MM/yyyy, e.g. 02/09/2026.', 'date.format': 'dd/MM/yyyy' });

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** "2/9/2026" or "02/09/2026" → "2026-09-02"; '' for blank text; null when it is not a day of the calendar. */
export function parseDate(text) {
  const s = String(text ?? '').trim();
  if (!s) return '';
  const m = s.match(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  // Date.UTC rolls 31/02 over into March: a date that does not come back as typed does not exist.
  if (y < 1900 || date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return y + '-' + pad(mo) + '-' + pad(d);
}

/** "2026-09-02" → "02/09/2026"; '' for anything else. */
export function showDate(iso) {
  const m = String(iso ?? '').match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? m[3] + '/' + m[2] + '/' + m[1] : '';
}

export const DateInput = {
  props: { modelValue: { type: String, default: '' }, id: { type: String, required: true }, label: String,
    required: Boolean, small: Boolean },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const text = ref(showDate(props.modelValue));
    const invalid = computed(() => parseDate(text.value) === null || (props.required && !text.value.trim()));
    const touched = ref(false);
    // A new value from outside (a click on the calendar, a reset) replaces the text; our own echo does not.
    watch(() => props.modelValue, (v) => { if (v !== null && v !== parseDate(text.value)) text.value = showDate(v); });
    function onInput(e) {
      text.value = e.target.value;
      emit('update:modelValue', parseDate(text.value));
    }
    return { text, invalid, touched, onInput, t };
  },
  template: `
    <div>
      <label v-if="label" :for="id" class="form-label" :class="{ small }">{{ label }}</label>
      <input :id="id" type="text" inputmode="numeric" autocomplete="off" maxlength="10" :value="text"
             :placeholder="t('date.format')" class="form-control" :class="{ 'form-control-sm': small, 'is-invalid': touched && invalid }"
             :aria-invalid="touched && invalid ? 'true' : 'false'" :aria-describedby="id + '-error'" :required="required"
             @input="onInput" @change="onInput" @blur="touched = true">
      <div :id="id + '-error'" class="invalid-feedback" role="alert" :data-testid="id + '-error'">{{ touched && invalid ? t('date.invalid') : '' }}</div>
    </div>`,
};
