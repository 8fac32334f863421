// capital-mid-sentence: invented sentences with the capitals drafters put mid-sentence, and the
// proper names that keep theirs.
import { canonicalOrganCase } from '../../../src/lint/rules/canonical-organ-case.js';
import { capitalMidSentence } from '../../../src/lint/rules/capital-mid-sentence.js';
import { at, planYaml, testRule } from '../../../src/lint/testing.js';

const banHanh = planYaml('state', { mo_dau: 'Căn cứ Thông tư số 11/2024/TT-BNV ngày 05/3/2024 của Bộ Nội vụ về việc Ban hành quy chế thi đua.' });
const thanhVien = planYaml('state', { mo_dau: 'Các Thành viên Ban Chỉ đạo theo dõi, đôn đốc các xã.' });
const namHoc = planYaml('state', { trich_yeu: 'Tuyển sinh vào lớp 10 - Năm học 2024-2025' });
const cua = planYaml('party', { mo_dau: 'Quyết định ban hành Của Ban Thường vụ Huyện ủy được phổ biến rộng rãi.' });
const quyTrinh = planYaml('state', { mo_dau: 'Thông tư hướng dẫn quy định Quy trình tiếp công dân tại cấp xã.' });

const ngayLe = planYaml('state', { mo_dau: 'Nếu ngày tiếp công dân trùng vào ngày Lễ, Tết thì tiếp vào ngày làm việc kế tiếp.' });
const dipLe = planYaml('state', { mo_dau: 'Tăng cường kiểm tra trong các dịp Lễ và Tết.' });
const ngayThang = planYaml('state', { mo_dau: '(Ban hành kèm theo Quyết định số 59/QĐ-UBND Ngày 22 tháng 7 năm 2024 của Ủy ban nhân dân xã).' });
const ngaySlash = planYaml('state', { mo_dau: 'Thực hiện Công văn số 12/UBND-VP Ngày 05/3/2024 của Ủy ban nhân dân huyện.' });
const pheDuyet = planYaml('state', { mo_dau: 'Căn cứ Quyết định số 2629/QĐ-TTg ngày 01/12/2025 về việc Phê duyệt Chương trình; các Phòng ban chuyên môn bố trí trực.' });
testRule(capitalMidSentence, {
  valid: [
    { yaml: planYaml('state') },
    { yaml: planYaml('party') },
    { name: 'proper names keep their capitals', yaml: planYaml('party', { mo_dau: 'Thực hiện Kết luận của Ban Thường vụ Tỉnh ủy về công tác Dân vận; Công đoàn Viên chức tỉnh và Đoàn Thanh niên phối hợp với Tổ chức Y tế Thế giới.' }) },
    { name: 'a document being issued keeps its name', yaml: planYaml('state', { mo_dau: 'Quyết định ban hành Quy trình tiếp công dân và ban hành Quy chế làm việc của Ủy ban nhân dân xã.' }) },
    { name: 'sentence starts: after a full stop, a bracket, a quotation, a list item', yaml: planYaml('state', { mo_dau: 'Xong việc. Thực hiện tốt (Ban hành kèm theo) và “Về đích sớm”.', muc_dich_yeu_cau: ['Nội dung: Triển khai kế hoạch.'] }) },
    { name: '“Lễ” opening a name, “lễ” and “Tết” as written by the decree', yaml: planYaml('state', { mo_dau: 'Tổ chức ngày Lễ Vu Lan, các ngày lễ, Tết và dịp Lễ hội Đền Hùng; nghỉ ngày Tết.' }) },
    { name: 'a date opening a sentence or a line after a mark', yaml: planYaml('state', { mo_dau: 'Xong. Ngày 22 tháng 7 năm 2024, Ủy ban nhân dân xã họp; lịch họp: Ngày 05/3/2024.' }) },
  ],
  invalid: [
    { name: 'về việc Ban hành', yaml: banHanh, findings: [{ messageId: 'commonWord', ...at(banHanh, 'Ban hành') }] },
    { name: 'Các Thành viên', yaml: thanhVien, findings: [{ messageId: 'commonWord', ...at(thanhVien, 'Thành viên') }] },
    { name: 'a subject with “- Năm học”', yaml: namHoc, findings: [{ messageId: 'commonWord', ...at(namHoc, 'Năm học') }] },
    { name: 'a function word capitalised', yaml: cua, findings: [{ messageId: 'functionWord', ...at(cua, 'Của') }] },
    { name: 'quy định Quy trình', yaml: quyTrinh, findings: [{ messageId: 'commonWord', ...at(quyTrinh, 'Quy trình') }] },
    { name: 'về việc Phê duyệt, các Phòng ban (unseen 01, 18)', yaml: pheDuyet, findings: [{ messageId: 'commonWord', ...at(pheDuyet, 'Phê duyệt') }, { messageId: 'commonWord', ...at(pheDuyet, 'Phòng ban') }] },
    { name: 'ngày Lễ, Tết (the common noun)', yaml: ngayLe, findings: [{ messageId: 'genericFeast', ...at(ngayLe, 'Lễ,'), endColumn: at(ngayLe, 'Lễ,').column + 2 }] },
    { name: 'dịp Lễ và Tết', yaml: dipLe, findings: [{ messageId: 'genericFeast', ...at(dipLe, 'Lễ và'), endColumn: at(dipLe, 'Lễ và').column + 2 }] },
    { name: 'a date inside a bracketed line: Ngày 22 tháng', yaml: ngayThang, findings: [{ messageId: 'dateWord', ...at(ngayThang, 'Ngày 22') , endColumn: at(ngayThang, 'Ngày 22').column + 4 }] },
    { name: 'a date after a citation: Ngày 05/3/2024', yaml: ngaySlash, findings: [{ messageId: 'dateWord', ...at(ngaySlash, 'Ngày 05'), endColumn: at(ngaySlash, 'Ngày 05').column + 4 }] },
  ],
});

// canonical-organ-case also knows the organ name with a capital inside it ("Ủy Ban nhân dân").
const uyBan = planYaml('state', { mo_dau: 'Ủy Ban nhân dân xã thông báo lịch tiếp công dân năm 2024.' });
testRule(canonicalOrganCase, {
  valid: [{ name: 'the name as written by the decree, either tone placement', yaml: planYaml('state', { mo_dau: 'Ủy ban nhân dân xã và Uỷ ban nhân dân huyện; ỦY BAN NHÂN DÂN TỈNH.' }) }],
  invalid: [{ name: 'Ủy Ban nhân dân', yaml: uyBan, findings: [{ messageId: 'wrongCase', ...at(uyBan, 'Ủy Ban nhân dân') }] }],
});
