// Vietnamese first, English switchable. Texts live here, not in the templates, so both languages stay complete.
import { reactive } from 'vue';

const TEXTS = {
  vi: {
    'app.title': 'Phản ánh, kiến nghị',
    'app.subtitle': 'Cổng tiếp nhận phản ánh, kiến nghị của người dân và doanh nghiệp',
    'nav.submit': 'Gửi phản ánh', 'nav.lookup': 'Tra cứu', 'nav.answers': 'Kết quả đã công khai', 'nav.staff': 'Cán bộ đăng nhập',
    'lang.switch': 'English',
    'form.category': 'Lĩnh vực', 'form.area': 'Địa bàn', 'form.notSure': '— Chưa rõ —', 'form.address': 'Địa chỉ nơi xảy ra',
    'form.addressHint': 'Số nhà, ngõ/hẻm, đường, tổ/khu phố…', 'form.title': 'Tiêu đề (không bắt buộc)',
    'form.description': 'Nội dung phản ánh', 'form.descriptionHint': 'Mô tả sự việc, thời gian, địa điểm cụ thể.',
    'form.required': 'bắt buộc', 'form.location': 'Vị trí trên bản đồ', 'form.useMyLocation': 'Dùng vị trí hiện tại của tôi',
    'form.pickOnMap': 'Chọn vị trí trên bản đồ', 'form.hideMap': 'Ẩn bản đồ', 'form.locationSet': 'Đã ghi vị trí', 'form.locationClear': 'Bỏ vị trí', 'form.locationFailed': 'Không lấy được vị trí.',
    'form.contact': 'Thông tin liên hệ', 'form.contactHint': 'Để nhận kết quả và được liên hệ khi cần. Thông tin này được bảo mật.',
    'form.name': 'Họ và tên', 'form.phone': 'Số điện thoại', 'form.email': 'Thư điện tử',
    'form.consent': 'Tôi đồng ý để đơn vị xử lý biết danh tính của tôi',
    'form.submit': 'Gửi phản ánh', 'form.sending': 'Đang gửi…',
    'form.descriptionMissing': 'Cần nhập nội dung phản ánh.',
    'similar.title': 'Có phải sự việc này đã được phản ánh?', 'similar.hint': 'Nếu đúng, chọn "Đúng là việc này" để gộp phản ánh của bạn vào hồ sơ đã có; bạn vẫn nhận mã tra cứu riêng.',
    'similar.same': 'Đúng là việc này', 'similar.chosen': 'Phản ánh của bạn sẽ được gộp vào hồ sơ', 'similar.undo': 'Không phải',
    'similar.likely': 'Rất giống', 'similar.possible': 'Có thể giống',
    'receipt.title': 'Đã tiếp nhận phản ánh', 'receipt.code': 'Mã tra cứu của bạn', 'receipt.keep': 'Hãy ghi lại mã này để tra cứu kết quả.',
    'receipt.forwardDue': 'Hạn chuyển đơn vị xử lý', 'receipt.another': 'Gửi phản ánh khác', 'receipt.copy': 'Sao chép mã',
    'lookup.code': 'Mã tra cứu (10 chữ số)', 'lookup.secret': '4 số cuối điện thoại hoặc thư điện tử (không bắt buộc)',
    'lookup.secretHint': 'Nhập để xem nội dung, tiến trình và đánh giá kết quả.', 'lookup.submit': 'Tra cứu',
    'lookup.state': 'Trạng thái', 'lookup.received': 'Ngày tiếp nhận', 'lookup.due': 'Hạn trả lời', 'lookup.unit': 'Đơn vị xử lý',
    'lookup.answer': 'Kết quả trả lời', 'lookup.publishedAt': 'Công khai ngày', 'lookup.timeline': 'Tiến trình',
    'lookup.badCode': 'Mã tra cứu gồm 10 chữ số.', 'lookup.mergedInto': 'Được xử lý chung trong hồ sơ',
    'rate.title': 'Đánh giá kết quả', 'rate.score': 'Mức độ hài lòng', 'rate.comment': 'Ý kiến (không bắt buộc)', 'rate.submit': 'Gửi đánh giá',
    'rate.done': 'Cảm ơn bạn đã đánh giá.', 'rate.mine': 'Bạn đã đánh giá', 'rate.s1': 'Rất không hài lòng', 'rate.s2': 'Không hài lòng',
    'rate.s3': 'Bình thường', 'rate.s4': 'Hài lòng', 'rate.s5': 'Rất hài lòng',
    'reopen.title': 'Chưa hài lòng? Đề nghị xem xét lại', 'reopen.reason': 'Lý do', 'reopen.submit': 'Đề nghị mở lại',
    'reopen.until': 'Có thể đề nghị đến', 'reopen.done': 'Hồ sơ đã được mở lại để xem xét.',
    'answers.query': 'Tìm trong các kết quả đã công khai', 'answers.search': 'Tìm', 'answers.none': 'Không tìm thấy kết quả phù hợp.',
    'answers.received': 'Tiếp nhận', 'answers.published': 'Công khai',
    'error.network': 'Không kết nối được máy chủ, vui lòng thử lại.', 'error.generic': 'Có lỗi xảy ra.',
  },
  en: {
    'app.title': 'Citizens\u2019 feedback', 'app.subtitle': 'Feedback and complaints portal for citizens and businesses',
    'nav.submit': 'Submit a report', 'nav.lookup': 'Look up', 'nav.answers': 'Published answers', 'nav.staff': 'Staff sign-in',
    'lang.switch': 'Tiếng Việt',
    'form.category': 'Category', 'form.area': 'Area', 'form.notSure': '— Not sure —', 'form.address': 'Where it happens',
    'form.addressHint': 'House number, alley, street, neighbourhood…', 'form.title': 'Subject (optional)',
    'form.description': 'What happened', 'form.descriptionHint': 'Describe what, when and exactly where.',
    'form.required': 'required', 'form.location': 'Location on the map', 'form.useMyLocation': 'Use my current location',
    'form.pickOnMap': 'Pick the place on a map', 'form.hideMap': 'Hide the map', 'form.locationSet': 'Location recorded', 'form.locationClear': 'Remove location', 'form.locationFailed': 'Could not get your location.',
    'form.contact': 'Contact', 'form.contactHint': 'To send you the answer and to reach you if needed. Kept confidential.',
    'form.name': 'Full name', 'form.phone': 'Phone', 'form.email': 'E-mail',
    'form.consent': 'The responsible unit may see who I am',
    'form.submit': 'Submit', 'form.sending': 'Sending…',
    'form.descriptionMissing': 'Please describe what happened.',
    'similar.title': 'Has this already been reported?', 'similar.hint': 'If so, choose "That\u2019s it" and your report joins that case; you still get your own tracking code.',
    'similar.same': 'That\u2019s it', 'similar.chosen': 'Your report will join case', 'similar.undo': 'Not this one',
    'similar.likely': 'Very similar', 'similar.possible': 'Maybe similar',
    'receipt.title': 'Report received', 'receipt.code': 'Your tracking code', 'receipt.keep': 'Keep this code to look up the answer.',
    'receipt.forwardDue': 'Forwarded to the responsible unit by', 'receipt.another': 'Submit another report', 'receipt.copy': 'Copy code',
    'lookup.code': 'Tracking code (10 digits)', 'lookup.secret': 'Last 4 digits of your phone, or your e-mail (optional)',
    'lookup.secretHint': 'To see your text, the progress, and to rate the answer.', 'lookup.submit': 'Look up',
    'lookup.state': 'State', 'lookup.received': 'Received', 'lookup.due': 'Answer due', 'lookup.unit': 'Responsible unit',
    'lookup.answer': 'Answer', 'lookup.publishedAt': 'Published', 'lookup.timeline': 'Progress',
    'lookup.badCode': 'A tracking code has 10 digits.', 'lookup.mergedInto': 'Handled together in case',
    'rate.title': 'Rate the answer', 'rate.score': 'Satisfaction', 'rate.comment': 'Comment (optional)', 'rate.submit': 'Send rating',
    'rate.done': 'Thank you for your rating.', 'rate.mine': 'Your rating', 'rate.s1': 'Very dissatisfied', 'rate.s2': 'Dissatisfied',
    'rate.s3': 'Neutral', 'rate.s4': 'Satisfied', 'rate.s5': 'Very satisfied',
    'reopen.title': 'Not satisfied? Ask for a review', 'reopen.reason': 'Reason', 'reopen.submit': 'Reopen',
    'reopen.until': 'You can ask until', 'reopen.done': 'The case has been reopened for review.',
    'answers.query': 'Search the published answers', 'answers.search': 'Search', 'answers.none': 'Nothing found.',
    'answers.received': 'Received', 'answers.published': 'Published',
    'error.network': 'Cannot reach the server; please try again.', 'error.generic': 'Something went wrong.',
  },
};

/** Pages add their own texts (staff workspaces) without touching the portal's. */
export function addTexts(vi, en) {
  Object.assign(TEXTS.vi, vi);
  Object.assign(TEXTS.en, en);
}

const saved = (() => { try { return localStorage.getItem('pakn.lang'); } catch (e) { return null; } })();
export const locale = reactive({ lang: saved === 'en' ? 'en' : 'vi' });

export function t(key) {
  return TEXTS[locale.lang][key] ?? TEXTS.vi[key] ?? key;
}

export function toggleLanguage() {
  locale.lang = locale.lang === 'vi' ? 'en' : 'vi';
  document.documentElement.lang = locale.lang;
  try { localStorage.setItem('pakn.lang', locale.lang); } catch (e) { /* private mode: the choice lasts this page */ }
}

const VN = 'Asia/Ho_Chi_Minh';
const dateFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: VN, day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFmt = new Intl.DateTimeFormat('vi-VN', { timeZone: VN, hour: '2-digit', minute: '2-digit', hour12: false });

/** dd/MM/yyyy in Vietnam time, whatever the browser's zone. */
export function formatDate(iso) {
  return iso ? dateFmt.format(new Date(iso)) : '—';
}

/** dd/MM/yyyy HH:mm in Vietnam time. */
export function formatDateTime(iso) {
  return iso ? dateFmt.format(new Date(iso)) + ' ' + timeFmt.format(new Date(iso)) : '—';
}

/** The message of a problem detail in the reader's language, with field errors. */
export function problemMessages(problem) {
  const en = locale.lang === 'en';
  const main = (en ? problem.detail_en : problem.detail) || problem.title || t('error.generic');
  const fields = (problem.errors || []).map((e) => (en ? e.message_en : e.message) || e.message);
  return [main, ...fields];
}
