// Department names for synthetic disclosures: real Chinese places combined
// with real department types, at the administrative level of the seed.
// Pure and deterministic: the n-th name of a style is always the same, and
// no two names of any style share a slug.
import { regionOf } from "../ingest/regions.ts";
import { slugOf } from "../ingest/record.ts";

/** How a seed's department name is built from its place. */
export type NameStyle =
  | "province" // 四川省大数据中心, 北京市财政局 (province-level municipality)
  | "city" // 达州市数字经济局
  | "district" // 达州市达川区人民政府办公室 (a prefecture city's district or county)
  | "municipalDistrict"; // 重庆市潼南区大数据应用发展管理局

/** The place part of a department name, by role. */
export interface Place {
  province: string | null;
  city: string | null;
  district: string | null;
  /** The place as the name states it: "达州市达川区". */
  prefix: string;
  /** Province-level municipality (北京/天津/上海/重庆). */
  municipality: boolean;
}

export interface DepartmentName {
  name: string;
  place: Place;
  /** The department type: "财政局". */
  type: string;
}

const MUNICIPALITIES = ["北京市", "天津市", "上海市", "重庆市"];

const PROVINCES = [
  "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
  "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
  "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
];

/** Provincial departments (厅) and bureaus. */
const PROVINCE_TYPES = [
  "财政厅", "教育厅", "科学技术厅", "工业和信息化厅", "民政厅", "司法厅", "人力资源和社会保障厅", "自然资源厅",
  "生态环境厅", "住房和城乡建设厅", "交通运输厅", "水利厅", "农业农村厅", "商务厅", "文化和旅游厅",
  "卫生健康委员会", "退役军人事务厅", "应急管理厅", "审计厅", "市场监督管理局", "统计局", "医疗保障局",
  "林业和草原局", "体育局", "机关事务管理局", "大数据中心", "发展和改革委员会", "人民政府办公厅",
  "乡村振兴局", "信访局", "粮食和物资储备局", "药品监督管理局", "知识产权局", "档案馆", "政务服务管理局",
  "人民防空办公室", "大数据发展管理局",
];

/**
 * Municipal, prefecture and county departments (局, 委员会, 办公室). None
 * contains a word the ingest looks for in the narrative (国有资产, 政府采购,
 * 运行经费, 绩效目标 …): a name must not answer for the text.
 */
const LOCAL_TYPES = [
  "财政局", "教育局", "科学技术局", "经济和信息化局", "民政局", "司法局", "人力资源和社会保障局",
  "自然资源和规划局", "生态环境局", "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局",
  "文化和旅游局", "卫生健康委员会", "退役军人事务局", "应急管理局", "审计局", "市场监督管理局", "统计局",
  "医疗保障局", "林业局", "体育局", "机关事务管理局", "大数据发展管理局", "发展和改革委员会",
  "人民政府办公室", "城市管理局", "数字经济局", "大数据中心", "信访局", "政务服务管理局", "档案馆",
  "民族宗教事务委员会", "大数据应用发展管理局",
];

/** Prefecture-level cities and their districts and counties, by province. */
const CITIES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  四川省: {
    成都: "锦江区 青羊区 金牛区 武侯区 成华区 龙泉驿区 青白江区 新都区 温江区 双流区 郫都区 新津区 金堂县 大邑县 蒲江县",
    自贡: "自流井区 贡井区 大安区 沿滩区 富顺县",
    攀枝花: "仁和区 米易县 盐边县",
    泸州: "江阳区 纳溪区 龙马潭区 合江县 叙永县 古蔺县",
    德阳: "旌阳区 罗江区 中江县",
    绵阳: "涪城区 游仙区 安州区 三台县 盐亭县 梓潼县 平武县",
    广元: "利州区 昭化区 朝天区 旺苍县 青川县 剑阁县 苍溪县",
    遂宁: "船山区 安居区 蓬溪县 大英县",
    内江: "市中区 东兴区 威远县 资中县",
    乐山: "沙湾区 五通桥区 金口河区 犍为县 井研县 夹江县 沐川县",
    南充: "顺庆区 高坪区 嘉陵区 南部县 营山县 蓬安县 仪陇县 西充县",
    眉山: "东坡区 彭山区 仁寿县 洪雅县 丹棱县 青神县",
    宜宾: "翠屏区 南溪区 叙州区 江安县 长宁县 筠连县 兴文县 屏山县",
    广安: "广安区 前锋区 岳池县 武胜县 邻水县",
    达州: "通川区 达川区 宣汉县 开江县 大竹县",
    雅安: "雨城区 名山区 荥经县 汉源县 石棉县 天全县 芦山县 宝兴县",
    巴中: "巴州区 恩阳区 通江县 南江县 平昌县",
    资阳: "雁江区 安岳县 乐至县",
  },
  贵州省: {
    贵阳: "南明区 云岩区 花溪区 乌当区 白云区 观山湖区 开阳县 息烽县 修文县",
    六盘水: "钟山区 水城区",
    遵义: "红花岗区 汇川区 播州区 桐梓县 绥阳县 正安县 凤冈县 湄潭县 余庆县 习水县",
    安顺: "西秀区 平坝区 普定县",
    毕节: "七星关区 大方县 金沙县 织金县 纳雍县 赫章县",
    铜仁: "碧江区 万山区 江口县 石阡县 思南县 德江县",
  },
  云南省: {
    昆明: "五华区 盘龙区 官渡区 西山区 东川区 呈贡区 晋宁区 富民县 宜良县 嵩明县",
    曲靖: "麒麟区 沾益区 马龙区 陆良县 师宗县 罗平县 富源县 会泽县",
    玉溪: "红塔区 江川区 通海县 华宁县 易门县",
    保山: "隆阳区 施甸县 龙陵县 昌宁县",
    昭通: "昭阳区 鲁甸县 巧家县 盐津县 大关县 永善县 绥江县 镇雄县 彝良县 威信县",
    丽江: "古城区 永胜县 华坪县",
    普洱: "思茅区",
    临沧: "临翔区 凤庆县 永德县 镇康县",
  },
  陕西省: {
    西安: "新城区 碑林区 莲湖区 灞桥区 未央区 雁塔区 阎良区 临潼区 长安区 高陵区 鄠邑区 蓝田县 周至县",
    铜川: "王益区 印台区 耀州区 宜君县",
    宝鸡: "渭滨区 金台区 陈仓区 凤翔区 岐山县 扶风县 千阳县 麟游县 太白县",
    咸阳: "秦都区 杨陵区 渭城区 三原县 泾阳县 礼泉县 永寿县 长武县 旬邑县 淳化县 武功县",
    渭南: "临渭区 华州区 潼关县 大荔县 合阳县 澄城县 蒲城县 白水县 富平县",
    延安: "宝塔区 安塞区 延长县 延川县 志丹县 吴起县 甘泉县 洛川县 宜川县 黄龙县 黄陵县",
    汉中: "汉台区 南郑区 城固县 西乡县 宁强县 略阳县 镇巴县 留坝县 佛坪县",
    榆林: "榆阳区 横山区 府谷县 靖边县 定边县 绥德县 米脂县 吴堡县 清涧县 子洲县",
    安康: "汉滨区 汉阴县 石泉县 宁陕县 紫阳县 岚皋县 平利县 镇坪县 白河县",
    商洛: "商州区 洛南县 丹凤县 商南县 山阳县 镇安县 柞水县",
  },
};

const MUNICIPAL_DISTRICTS: Readonly<Record<string, string>> = {
  北京市: "东城区 西城区 朝阳区 丰台区 石景山区 海淀区 门头沟区 房山区 通州区 顺义区 昌平区 大兴区 怀柔区 平谷区 密云区 延庆区",
  天津市: "和平区 河东区 河西区 南开区 河北区 红桥区 东丽区 西青区 津南区 北辰区 武清区 宝坻区 滨海新区 宁河区 静海区 蓟州区",
  上海市: "黄浦区 徐汇区 长宁区 静安区 普陀区 虹口区 杨浦区 闵行区 宝山区 嘉定区 浦东新区 金山区 松江区 青浦区 奉贤区 崇明区",
  重庆市:
    "万州区 涪陵区 渝中区 大渡口区 江北区 沙坪坝区 九龙坡区 南岸区 北碚区 綦江区 大足区 渝北区 巴南区 黔江区 长寿区 江津区 合川区 永川区 南川区 璧山区 铜梁区 潼南区 荣昌区 开州区 梁平区 武隆区 城口县 丰都县 垫江县 云阳县 奉节县 巫山县 巫溪县",
};

const cityEntries = Object.entries(CITIES).flatMap(([province, cities]) =>
  Object.entries(cities).map(([city, districts]) => ({ province, city: `${city}市`, districts: districts.split(" ") })),
);

function place(province: string | null, city: string | null, district: string | null, withProvince: boolean): Place {
  const municipality = city !== null && MUNICIPALITIES.includes(city);
  const parts = municipality ? [city, district] : [withProvince ? province : null, city, district];
  return { province, city, district, prefix: parts.filter(Boolean).join(""), municipality };
}

/** Places of a style, in a fixed order that alternates provinces and cities. */
function placesOf(style: NameStyle, withProvince: boolean): { place: Place; types: readonly string[] }[] {
  switch (style) {
    case "province":
      return [...PROVINCES.map((p) => ({ place: place(p, null, null, true), types: PROVINCE_TYPES })), ...MUNICIPALITIES.map((m) => ({ place: place(m, m, null, false), types: LOCAL_TYPES }))];
    case "city":
      return cityEntries.map((c) => ({ place: place(c.province, c.city, null, withProvince), types: LOCAL_TYPES }));
    case "district": {
      // Round-robin over cities so that consecutive names are far apart.
      const out: { place: Place; types: readonly string[] }[] = [];
      const longest = Math.max(...cityEntries.map((c) => c.districts.length));
      for (let d = 0; d < longest; d++) {
        for (const c of cityEntries) if (c.districts[d]) out.push({ place: place(c.province, c.city, c.districts[d], withProvince), types: LOCAL_TYPES });
      }
      return out;
    }
    case "municipalDistrict": {
      const out: { place: Place; types: readonly string[] }[] = [];
      const lists = Object.entries(MUNICIPAL_DISTRICTS).map(([m, ds]) => ({ m, ds: ds.split(" ") }));
      const longest = Math.max(...lists.map((l) => l.ds.length));
      for (let d = 0; d < longest; d++) for (const l of lists) if (l.ds[d]) out.push({ place: place(l.m, l.m, l.ds[d], false), types: LOCAL_TYPES });
      return out;
    }
  }
}

const LEVEL: Record<NameStyle, "province" | "city" | "district"> = { province: "province", city: "city", district: "district", municipalDistrict: "district" };

/** True when the ingest reads the name back with the intended place and level. */
function readsBack(d: DepartmentName, style: NameStyle): boolean {
  const r = regionOf(d.name);
  const p = d.place;
  if (r.level !== LEVEL[style]) return false;
  if (style === "province") return r.province === p.province;
  return r.city === p.city && r.district === p.district && r.province === p.province;
}

interface Pool {
  names: DepartmentName[];
  /** Next (round, place) to try. */
  round: number;
  at: number;
  entries: { place: Place; types: readonly string[] }[];
  maxTypes: number;
  reserved: Set<string>;
  /** Slug bases (pinyin) given out: homophones are skipped, so slugs never collide. */
  slugs: Set<string>;
}

const pools = new Map<string, Pool>();

/**
 * The n-th department name of a style (0-based). Names are enumerated place by
 * place, the type shifting by one each round, so neighbours differ in both.
 * `reserved` names (the seeds' own) are never produced.
 */
export function departmentName(style: NameStyle, n: number, options: { withProvince?: boolean; reserved?: readonly string[] } = {}): DepartmentName {
  const withProvince = options.withProvince ?? false;
  const reserved = [...new Set((options.reserved ?? []).map((r) => r.replace(/\s+/g, "")))].sort();
  // One pool per style and reserved list, so a name depends only on (style, n).
  const key = `${style}:${withProvince}:${reserved.join(",")}`;
  let pool = pools.get(key);
  if (!pool) {
    const entries = placesOf(style, withProvince);
    pool = { names: [], round: 0, at: 0, entries, maxTypes: Math.max(...entries.map((e) => e.types.length)), reserved: new Set(reserved), slugs: new Set() };
    pools.set(key, pool);
  }
  while (pool.names.length <= n) {
    if (pool.round >= pool.maxTypes) throw new Error(`synth: only ${pool.names.length} distinct ${style} department names are available (asked for #${n + 1})`);
    const at = pool.at;
    const round = pool.round;
    if (++pool.at === pool.entries.length) {
      pool.at = 0;
      pool.round++;
    }
    const { place: p, types } = pool.entries[at];
    if (round >= types.length) continue;
    const type = types[(round + at) % types.length];
    const candidate: DepartmentName = { name: p.prefix + type, place: p, type };
    if (pool.reserved.has(candidate.name) || !readsBack(candidate, style)) continue;
    const slug = slugOf(candidate.name, null);
    if (pool.slugs.has(slug)) continue;
    pool.slugs.add(slug);
    pool.names.push(candidate);
  }
  return pool.names[n];
}

/** Style, place and type of an existing department name as the ingest reads it. */
export function parseName(department: string): { style: NameStyle; place: Place; type: string; withProvince: boolean } | null {
  const name = department.replace(/\s+/g, "");
  const r = regionOf(name);
  if (!r.level) return null;
  let rest = name;
  const take = (s: string | null) => {
    if (s && rest.startsWith(s)) {
      rest = rest.slice(s.length);
      return true;
    }
    return false;
  };
  const municipality = r.city !== null && MUNICIPALITIES.includes(r.city);
  const withProvince = !municipality && r.province !== null && take(r.province);
  take(r.city);
  take(r.district);
  if (!rest) return null;
  const style: NameStyle = r.level === "province" ? "province" : r.level === "city" ? "city" : municipality ? "municipalDistrict" : "district";
  const p = place(r.province, r.city, r.district, withProvince || style === "province");
  return { style, place: p, type: rest, withProvince };
}
