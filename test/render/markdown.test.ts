// The Markdown backend: the same document as the .docx (same intermediate document), readable on
// GitHub: header as a small table, numbered headings, lists, nơi nhận and signature at the end.
import { describe, expect, it } from 'vitest';
import { docxText, renderFile } from './helpers.js';

const words = (s: string) => s.replace(/\\\n/g, ' ').replace(/\\([\\`*_[\]<>|#.+-])/g, '$1').replace(/<br>|<\/?(p|ins)[^>]*>/g, ' ').replace(/[*|#:\-\s]+/g, ' ').trim();

describe('Markdown backend', () => {
  it('lays out a State plan: header table, headings, lists, nơi nhận and signature', async () => {
    const r = await renderFile('examples/nha-nuoc-ke-hoach-thang-cao-diem-dan-van.yaml');
    const md = r.markdown;
    // Plain Markdown (issue 12): the header as two blocks of hard-broken lines, no table, no <br>.
    expect(md).toMatch(/^\*\*DỰ THẢO\*\*\n\nỦY BAN NHÂN DÂN TỈNH HÀ NAM\\\n\*\*SỞ KHOA HỌC VÀ CÔNG NGHỆ\*\*\\\nSố:      \/KH-SKHCN\n\n\*\*CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\*\*\\\n\*\*Độc lập - Tự do - Hạnh phúc\*\*\\\n\*Hà Nam, ngày    tháng 10 năm 2023\*\n/);
    expect(md).not.toContain('<br>');
    expect(md).toContain('## KẾ HOẠCH');
    expect(md).toContain('### I. MỤC ĐÍCH, YÊU CẦU');
    expect(md).toContain('***Nơi nhận:***\\\n\\- Ban Dân vận Tỉnh ủy;\\\n');
    expect(md).toContain('**GIÁM ĐỐC**');
    expect(md).toContain('**Nguyễn Tất Nhiên**');
    expect(md).toMatch(/\*\*GIÁM ĐỐC\*\*\n\n\*\*Nguyễn Tất Nhiên\*\*\n/);
  });

  it('keeps bold and italic, numbered 7.1. headings and an unescaped body', async () => {
    const r = await renderFile('examples/dang-huong-dan-dan-van-kheo-2024-tuyen-quang.yaml');
    expect(r.markdown).toContain('**xong trong tháng 3/2024**');
    expect(r.markdown).toContain('(*Có văn bản riêng*)');
    expect(r.markdown).toContain('#### 7.1. Ban Chỉ đạo Phong trào thi đua “Dân vận khéo” của tỉnh');
    expect(r.markdown).toContain('PHÓ TRƯỞNG BAN DÂN VẬN TỈNH ỦY\\\nkiêm\\\n');
  });

  it('says the same words as the .docx, in the same order', async () => {
    for (const file of ['examples/dang-ke-hoach-dan-van-kheo-2016-2020.yaml', 'examples/nha-nuoc-bao-cao-dan-van-kheo-2025.yaml']) {
      const r = await renderFile(file);
      const fromDocx = words(docxText(r.documentXml).filter((t) => t && t !== '*').join(' '));
      // Markdown puts the date in the header table row with the number; the .docx puts it in
      // the right column: compare from the document type on.
      const fromMd = words(r.markdown.replace(/<!--.*-->/g, ''));
      const tail = (s: string) => s.slice(s.indexOf(s.includes('KẾ HOẠCH') ? 'KẾ HOẠCH' : 'BÁO CÁO'));
      expect(tail(fromMd).replace(/\s+/g, ' ')).toBe(tail(fromDocx).replace(/\s+/g, ' '));
    }
  });

  it('escapes Markdown syntax that is plain text in the plan', async () => {
    const { escapeMarkdown } = await import('../../src/render/markdown/index.js');
    expect(escapeMarkdown('a_b [c] <d> | e # f')).toBe('a\\_b \\[c\\] \\<d\\> \\| e \\# f');
    expect(escapeMarkdown('- không phải danh sách')).toBe('\\- không phải danh sách');
  });
});
