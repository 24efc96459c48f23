/**
 * Raw material for made-up people: names, places, e-mail domains. Every person built from these is
 * fictitious; the values are planted as canaries that the privacy checks must never find in output.
 */

export const SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢傅钟姜崔谭陆汪范廖石金贾夏韦付方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤".split("");

/** Given-name characters; deliberately none of the words used in titles, reviews or queries. */
export const GIVEN_CHARS = "伟芳娜敏静丽强磊洋艳勇军杰娟涛明超秀霞刚平辉玲桂丹萍鑫鹏宇浩凯健俊帆琳晨欣怡婷雯瑶琪嘉睿哲翔昊轩梓涵诗梦晗悦妍璐倩莹颖蕾薇菲岚峰斌彬毅锋坤翠淑惠珊璇琦瑜昕瑾萱钰铭楠蓓茜妮".split("");

export const PINYIN = ["wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "lin", "xiao", "yu", "mei", "ting", "hao", "jie", "lei", "fang", "na", "min", "jing", "yan", "qi", "xin", "yi", "rui", "han", "meng", "yue", "chen", "ning", "bo", "kai", "tian"];

export const EMAIL_DOMAINS = ["qq.com", "163.com", "126.com", "sina.com", "gmail.com", "outlook.com", "foxmail.com", "hotmail.com"];
export const EMAIL_DOMAIN_WEIGHTS = [30, 25, 10, 5, 5, 5, 4, 3];

export interface ProvinceSpec {
  readonly name: string;
  /** Short form, as some exports write it (`上海`, `广东`). */
  readonly short: string;
  /** First two digits of the 身份证 region code. */
  readonly idPrefix: string;
  readonly weight: number;
  readonly cities: readonly { readonly name: string; readonly districts: readonly string[] }[];
  /** Remote provinces pay postage (买家应付邮费). */
  readonly remote?: boolean;
}

export const PROVINCES: readonly ProvinceSpec[] = [
  { name: "广东省", short: "广东", idPrefix: "44", weight: 14, cities: [
    { name: "深圳市", districts: ["南山区", "福田区", "宝安区", "龙岗区"] },
    { name: "广州市", districts: ["天河区", "越秀区", "海珠区", "番禺区"] },
    { name: "东莞市", districts: ["南城街道", "东城街道"] }] },
  { name: "浙江省", short: "浙江", idPrefix: "33", weight: 10, cities: [
    { name: "杭州市", districts: ["西湖区", "余杭区", "滨江区"] }, { name: "宁波市", districts: ["鄞州区", "海曙区"] }] },
  { name: "江苏省", short: "江苏", idPrefix: "32", weight: 10, cities: [
    { name: "南京市", districts: ["鼓楼区", "玄武区", "江宁区"] }, { name: "苏州市", districts: ["姑苏区", "工业园区"] }] },
  { name: "上海市", short: "上海", idPrefix: "31", weight: 8, cities: [{ name: "上海市", districts: ["浦东新区", "徐汇区", "静安区", "闵行区"] }] },
  { name: "北京市", short: "北京", idPrefix: "11", weight: 7, cities: [{ name: "北京市", districts: ["朝阳区", "海淀区", "东城区", "丰台区"] }] },
  { name: "山东省", short: "山东", idPrefix: "37", weight: 6, cities: [
    { name: "济南市", districts: ["历下区", "市中区"] }, { name: "青岛市", districts: ["市南区", "崂山区"] }] },
  { name: "四川省", short: "四川", idPrefix: "51", weight: 6, cities: [{ name: "成都市", districts: ["武侯区", "锦江区", "高新区"] }] },
  { name: "湖北省", short: "湖北", idPrefix: "42", weight: 5, cities: [{ name: "武汉市", districts: ["洪山区", "江汉区", "武昌区"] }] },
  { name: "福建省", short: "福建", idPrefix: "35", weight: 4, cities: [{ name: "厦门市", districts: ["思明区", "湖里区"] }, { name: "福州市", districts: ["鼓楼区", "台江区"] }] },
  { name: "河南省", short: "河南", idPrefix: "41", weight: 4, cities: [{ name: "郑州市", districts: ["金水区", "二七区"] }] },
  { name: "湖南省", short: "湖南", idPrefix: "43", weight: 4, cities: [{ name: "长沙市", districts: ["岳麓区", "天心区"] }] },
  { name: "重庆市", short: "重庆", idPrefix: "50", weight: 3, cities: [{ name: "重庆市", districts: ["渝中区", "江北区", "沙坪坝区"] }] },
  { name: "陕西省", short: "陕西", idPrefix: "61", weight: 3, cities: [{ name: "西安市", districts: ["雁塔区", "碑林区"] }] },
  { name: "辽宁省", short: "辽宁", idPrefix: "21", weight: 2, cities: [{ name: "沈阳市", districts: ["和平区", "沈河区"] }, { name: "大连市", districts: ["中山区"] }] },
  { name: "云南省", short: "云南", idPrefix: "53", weight: 2, cities: [{ name: "昆明市", districts: ["五华区", "盘龙区"] }] },
  { name: "新疆维吾尔自治区", short: "新疆", idPrefix: "65", weight: 1, remote: true, cities: [{ name: "乌鲁木齐市", districts: ["天山区", "沙依巴克区"] }] },
  { name: "西藏自治区", short: "西藏", idPrefix: "54", weight: 0.3, remote: true, cities: [{ name: "拉萨市", districts: ["城关区"] }] }
];

/** Road names for street addresses; combined with numbers they are unique per person. */
export const ROADS = ["科技园路", "建设路", "人民路", "解放路", "中山路", "和平路", "文化路", "新华路", "迎宾大道", "滨江路", "学府路", "青年路", "长江路", "黄河路", "光明街", "幸福里", "桃园路", "金桥路", "银杏路", "朝阳路", "花园街", "东风路", "前进路", "胜利街", "友谊路", "丰收路", "春晓路", "海岸路", "星河路", "云栖路"];
