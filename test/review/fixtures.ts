// The review tests' document: an example rendered by dvk, then spoiled by hand in its XML.
import { editDocx, renderExample } from '../reader/docx-fixtures.js';

/** A dozen defects typed into a rendered plan, as a drafter editing the .docx in Word would. */
export const SPOILS: [string, string][] = [
  ['365-CV/ĐUK ngày', '365-CV/ĐUK  ngày'],
  ['lãnh đạo, chỉ', 'lãnh đạo , chỉ'],
  ['>MỤC ĐÍCH, YÊU CẦU<', '>Mục đích, yêu cầu<'],
  ['- Lưu: VT, VP.', '- Lưu VT, VP.'],
  ['sáng tạo và tinh thần, trách nhiệm,', 'sáng tạo và tinh thần, trách nhiệm,,'],
  ['GIÁM ĐỐC', 'Giám đốc'],
  ['tổ chức, triển khai các nội dung', 'tổ chức,triển khai các nội dung'],
  ['Số:      /KH-SKHCN', 'Số: 05/KH-SKHCN'],
  ['Căn cứ Công văn số 1946', 'Căn cứ công văn số 1946'],
  ['- Ban Dân vận Tỉnh ủy;', '- Ban Dân vận Tỉnh ủy'],
  ['Tỉnh ủy theo quy định.', 'Tỉnh ủy theo quy định..'],
  ['nâng cao nhận thức, trách', 'nâng cao nhận thức ,trách'],
];

export async function spoiledExample(): Promise<Buffer> {
  return editDocx(renderExample('nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml'), {
    'word/document.xml': (xml) => {
      for (const [from, to] of SPOILS) {
        if (!xml.includes(from)) throw new Error(`the example has no “${from}”`);
        xml = xml.replace(from, to);
      }
      return xml;
    },
  });
}
