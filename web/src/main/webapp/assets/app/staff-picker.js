// A picker that filters as you type, with or without Vietnamese accents ("cap nuoc" finds "Cấp nước"), for lists
// too long for a <select> at call speed. Keyboard: type, ↑/↓ to move, Enter or Tab to take the highlighted one,
// Esc to close. A WAI-ARIA combobox (input + listbox), so screen readers announce the choices.
import { ref, computed, watch } from 'vue';

/** Lower case, accents and đ folded: the key both the typed text and the names are compared on. */
export function fold(text) {
  return String(text ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
}

const MAX_SHOWN = 12;

export const Picker = {
  props: {
    id: { type: String, required: true },
    label: { type: String, required: true },
    options: { type: Array, default: () => [] },
    modelValue: { type: String, default: '' },
    placeholder: { type: String, default: '' },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const text = ref('');
    const open = ref(false);
    const active = ref(0);
    const nameOf = (code) => props.options.find((o) => o.code === code)?.name ?? '';

    // The shown text follows the chosen code (a reset of the form, the options arriving late).
    watch(() => [props.modelValue, props.options], () => { if (!open.value) text.value = nameOf(props.modelValue); },
      { immediate: true });

    const matches = computed(() => {
      const q = fold(text.value).trim();
      const words = q ? q.split(/\s+/) : [];
      return props.options.filter((o) => {
        const key = fold(o.name) + ' ' + fold(o.code);
        return words.every((w) => key.includes(w));
      }).slice(0, MAX_SHOWN);
    });

    function choose(option) {
      emit('update:modelValue', option ? option.code : '');
      text.value = option ? option.name : '';
      open.value = false;
    }

    function onInput() {
      open.value = true;
      active.value = 0;
    }

    function onKey(e) {
      if (e.key === 'ArrowDown') {
        e.preventDefault();
        if (!open.value) { open.value = true; active.value = 0; return; }
        active.value = Math.min(active.value + 1, matches.value.length - 1);
      } else if (e.key === 'ArrowUp') {
        e.preventDefault();
        active.value = Math.max(active.value - 1, 0);
      } else if (e.key === 'Enter' && open.value && !e.ctrlKey && !e.metaKey) {
        // Enter takes the highlighted choice; only a second Enter (list closed) submits the form.
        e.preventDefault();
        choose(matches.value[active.value] || null);
      } else if (e.key === 'Escape' && open.value) {
        e.preventDefault();
        open.value = false;
        text.value = nameOf(props.modelValue);
      }
    }

    /** Leaving the field (Tab) takes the highlighted match of what was typed; an emptied field clears the choice. */
    function onBlur() {
      if (!open.value) return;
      if (!text.value.trim()) choose(null);
      else if (text.value === nameOf(props.modelValue)) open.value = false;
      else choose(matches.value[active.value] || matches.value[0] || null);
    }

    const optionId = (i) => props.id + '-opt-' + i;
    return { text, open, active, matches, choose, onInput, onKey, onBlur, optionId };
  },
  template: `
  <div class="position-relative">
    <label :for="id" class="form-label">{{ label }}</label>
    <input :id="id" v-model="text" type="text" class="form-control" role="combobox" autocomplete="off"
           aria-autocomplete="list" :aria-expanded="open && matches.length > 0 ? 'true' : 'false'" :aria-controls="id + '-list'"
           :aria-activedescendant="open && matches.length ? optionId(active) : null" :placeholder="placeholder"
           @input="onInput" @keydown="onKey" @blur="onBlur" @focus="$event.target.select()">
    <ul v-show="open && matches.length" :id="id + '-list'" role="listbox" :aria-label="label"
        class="list-group position-absolute w-100 shadow-sm" style="z-index: 1050; max-height: 18rem; overflow-y: auto" :data-testid="id + '-list'">
      <li v-for="(o, i) in matches" :id="optionId(i)" :key="o.code" role="option" :aria-selected="i === active ? 'true' : 'false'"
          class="list-group-item list-group-item-action py-1" :class="{ active: i === active }"
          @mousedown.prevent="choose(o)">{{ o.name }}</li>
    </ul>
  </div>`,
};
