// Synthetic departments for the search benchmark: deterministic renamed
// copies of real records, so the index has the shape of real data at scale.
import type { Department } from "../lib/schema";

const CITIES = ["成都", "绵阳", "自贡", "攀枝花", "泸州", "德阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "广安", "达州", "雅安", "巴中", "资阳", "万州", "涪陵", "永川", "合川", "江津", "綦江", "大足"];
const DISTRICTS = ["", "东城区", "西城区", "南岸区", "北湖区", "高新区", "新都区", "龙泉驿区", "青白江区", "温江区", "双流区", "郫都区", "金堂县", "大邑县", "蒲江县", "通川区", "达川区", "宣汉县", "开江县", "渠县", "大竹县", "万源市", "平昌县", "通江县", "南江县", "恩阳区", "巴州区", "雁江区", "安岳县", "乐至县", "东坡区", "仁寿县", "彭山区", "洪雅县", "丹棱县", "青神县", "翠屏区", "南溪区", "叙州区", "江安县"];

/** The department's name without its place ("达州市数字经济局" → "数字经济局"). */
function ownName(r: Department): string {
  let name = r.department;
  for (const place of [r.province, r.city, r.district]) if (place && name.startsWith(place)) name = name.slice(place.length);
  return name.replace(/^(四川|重庆)/, "");
}

export function syntheticDepartments(real: readonly Department[], count: number): Department[] {
  return Array.from({ length: count }, (_, n) => {
    const base = real[n % real.length];
    const city = `${CITIES[n % CITIES.length]}市`;
    const district = DISTRICTS[Math.floor(n / CITIES.length) % DISTRICTS.length] || null;
    const department = `${city}${district ?? ""}${ownName(base)}`;
    return {
      ...base,
      slug: `${base.slug}-s${n}`,
      department,
      city,
      district,
      level: district ? "district" : "city",
      units: base.units.map((u, k) => (k === 0 ? { ...u, name: department } : u)),
    };
  });
}
