// 政府收支分类科目: 支出功能分类 类 codes. Reference data published by the
// Ministry of Finance; used to give a code to a class named without one.
export const FUNCTION_CLASSES: Readonly<Record<string, string>> = {
  "201": "一般公共服务支出",
  "202": "外交支出",
  "203": "国防支出",
  "204": "公共安全支出",
  "205": "教育支出",
  "206": "科学技术支出",
  "207": "文化旅游体育与传媒支出",
  "208": "社会保障和就业支出",
  "209": "社会保险基金支出",
  "210": "卫生健康支出",
  "211": "节能环保支出",
  "212": "城乡社区支出",
  "213": "农林水支出",
  "214": "交通运输支出",
  "215": "资源勘探工业信息等支出",
  "216": "商业服务业等支出",
  "217": "金融支出",
  "219": "援助其他地区支出",
  "220": "自然资源海洋气象等支出",
  "221": "住房保障支出",
  "222": "粮油物资储备支出",
  "223": "国有资本经营预算支出",
  "224": "灾害防治及应急管理支出",
  "227": "预备费",
  "229": "其他支出",
  "230": "转移性支出",
  "231": "债务还本支出",
  "232": "债务付息支出",
  "233": "债务发行费用支出",
  "234": "抗疫特别国债安排的支出",
};

const BY_NAME = new Map(Object.entries(FUNCTION_CLASSES).map(([code, name]) => [name, code]));

/**
 * Code of a 类 named in a table, tolerating the numbering ("八、") and the
 * truncation that narrow PDF columns cause ("社会保障和就业").
 */
export function functionClassCode(label: string): string | null {
  const name = stripNumbering(label);
  if (BY_NAME.has(name)) return BY_NAME.get(name)!;
  if (name.length < 4) return null;
  const stem = name.replace(/支出$/, "");
  const matches = [...BY_NAME.entries()].filter(([full]) => full.replace(/支出$/, "") === stem);
  return matches.length === 1 ? matches[0][1] : null;
}

/** "八、" "（二十）" "3." before a label: list numbering, not part of the name. */
export function stripNumbering(label: string): string {
  return label
    .replace(/\s+/g, "")
    .replace(/^(?:[（(][一二三四五六七八九十百]+[)）]|[一二三四五六七八九十百]+[、.．]|\d+[、.．](?!\d))/, "");
}
