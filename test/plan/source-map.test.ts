import { describe, expect, it } from 'vitest';
import { loadPlanText } from '../../src/plan/index.js';
import { locateInValue, valueOffsets } from '../../src/plan/source-map.js';

const text = `dvk: 1
a: Ban “ Dân vận khéo” của tỉnh
b: >-
  Dòng thứ nhất có “ Dân
  vận khéo” ở dòng sau
c: "Có \\"nháy\\" và “ Dân”"
`;

describe('valueOffsets / locateInValue', () => {
  const { sourceMap } = loadPlanText(text, 'x.yaml', 'vi');
  const at = (key: string, needle: string) => {
    const value = sourceMap!.scalar([key])!.value;
    const i = value.indexOf(needle);
    return locateInValue(sourceMap!, [key], i, i + needle.length);
  };

  it('maps a plain scalar span to its column', () => {
    expect(at('a', '“ Dân').start).toMatchObject({ line: 2, column: 8 });
  });

  it('maps a span of a folded scalar to the right line', () => {
    expect(at('b', '“ Dân').start).toMatchObject({ line: 4, column: 20 });
    expect(at('b', 'khéo”').start).toMatchObject({ line: 5, column: 7 });
  });

  it('maps through escapes in double quotes', () => {
    expect(at('c', '“ Dân').start).toMatchObject({ line: 6, column: 20 });
  });

  it('gives one offset per character plus the end', () => {
    const value = sourceMap!.scalar(['b'])!.value;
    expect(valueOffsets(sourceMap!, ['b'])).toHaveLength(value.length + 1);
  });
});
