// Province, city and district from a department's name. Province-level
// municipalities name no province; prefecture-level cities are looked up in a
// small gazetteer, and an unknown city leaves the province null.
export interface Region {
  province: string | null;
  city: string | null;
  district: string | null;
  level: "province" | "city" | "district" | null;
}

const MUNICIPALITIES = ["北京市", "天津市", "上海市", "重庆市"];

/** Prefecture-level divisions of the provinces the atlas has met so far. */
const CITY_PROVINCE: Readonly<Record<string, string>> = Object.fromEntries(
  [
    ["四川省", "成都 自贡 攀枝花 泸州 德阳 绵阳 广元 遂宁 内江 乐山 南充 眉山 宜宾 广安 达州 雅安 巴中 资阳"],
    ["贵州省", "贵阳 六盘水 遵义 安顺 毕节 铜仁"],
    ["云南省", "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧"],
    ["陕西省", "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛"],
  ].flatMap(([province, cities]) => cities.split(" ").map((c) => [`${c}市`, province])),
);

export function regionOf(department: string): Region {
  const name = department.replace(/\s+/g, "");
  let rest = name;
  let province: string | null = null;
  let city: string | null = null;
  let district: string | null = null;

  const municipality = MUNICIPALITIES.find((m) => rest.startsWith(m));
  if (municipality) {
    province = municipality;
    city = municipality;
    rest = rest.slice(municipality.length);
  } else {
    const p = /^(.{2,7}?(?:省|自治区))/.exec(rest);
    if (p) {
      province = p[1];
      rest = rest.slice(p[1].length);
    }
    const c = /^(.{2,4}?市)/.exec(rest);
    if (c && !/^.{0,2}(局|委|办|院)/.test(c[1])) {
      city = c[1];
      rest = rest.slice(c[1].length);
      province ??= CITY_PROVINCE[city] ?? null;
    }
  }
  const d = /^(.{2,4}?(?:区|县|自治县))(?!域)/.exec(rest);
  if (d && (city || municipality)) district = d[1];

  const level = district ? "district" : city && !municipality ? "city" : province ? "province" : null;
  return { province, city, district, level };
}
