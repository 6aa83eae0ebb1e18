// The portal uses only the public REST API, like any third-party client.
(function () {
  'use strict';
  const fmt = (iso) => iso ? new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit'
  }).format(new Date(iso)) : '—';
  const el = (id) => document.getElementById(id);
  const show = (target, cls, html) => { target.className = cls; target.innerHTML = html; };
  const esc = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  const problemText = (p) => esc(p.detail) + (p.errors || []).map((e) => '<br>• ' + esc(e.message) + ' <span lang="en">(' + esc(e.message_en) + ')</span>').join('')
    + '<br><span lang="en">' + esc(p.detail_en) + '</span>';

  async function fill(select, url) {
    try {
      const r = await fetch(url);
      if (!r.ok) return;
      for (const o of await r.json()) {
        const opt = document.createElement('option');
        opt.value = o.code; opt.textContent = o.name; select.appendChild(opt);
      }
    } catch (e) { /* the form still works without the lists */ }
  }
  fill(el('category'), 'api/public/categories');
  fill(el('area'), 'api/public/areas');

  let requestKey = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
  el('report-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const f = ev.target;
    const body = {
      description: f.description.value, categoryCode: f.categoryCode.value || null, areaCode: f.areaCode.value || null,
      address: f.address.value || null, consentToShareIdentity: f.consent.checked,
      reporter: { name: f.name.value || null, phone: f.phone.value || null, email: f.email.value || null }
    };
    const out = el('report-result');
    try {
      const r = await fetch('api/public/reports', { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': requestKey }, body: JSON.stringify(body) });
      const data = await r.json();
      if (!r.ok) { show(out, 'error', problemText(data)); return; }
      show(out, 'ok', 'Đã tiếp nhận. Mã tra cứu của bạn: <strong>' + esc(data.trackingCode) + '</strong>. Hạn chuyển xử lý: ' + fmt(data.forwardDueAt)
        + '<br><span lang="en">Received. Your tracking code: ' + esc(data.trackingCode) + '</span>');
      requestKey = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random();
      f.reset();
    } catch (e) {
      show(out, 'error', 'Không gửi được, vui lòng thử lại. <span lang="en">Could not send; please try again.</span>');
    }
  });

  el('lookup-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const code = ev.target.code.value.replace(/[\s-]/g, '');
    const secret = ev.target.secret.value;
    const out = el('lookup-result');
    try {
      const r = await fetch('api/public/reports/' + encodeURIComponent(code) + (secret ? '?secret=' + encodeURIComponent(secret) : ''));
      const d = await r.json();
      if (!r.ok) { show(out, 'error', problemText(d)); return; }
      let html = '<p>Trạng thái <span lang="en">/ State</span>: <strong>' + esc(d.stateLabelVi) + '</strong></p>'
        + '<p>Tiếp nhận: ' + fmt(d.receivedAt) + (d.dueAt ? ' · Hạn trả lời: ' + fmt(d.dueAt) : '') + '</p>';
      if (d.leadUnitName) html += '<p>Đơn vị xử lý: ' + esc(d.leadUnitName) + '</p>';
      if (d.publishedAnswer) html += '<h3>Kết quả trả lời <small lang="en">Answer</small></h3><p>' + esc(d.publishedAnswer) + '</p>';
      show(out, 'ok', html);
    } catch (e) {
      show(out, 'error', 'Không tra cứu được. <span lang="en">Lookup failed.</span>');
    }
  });
})();
