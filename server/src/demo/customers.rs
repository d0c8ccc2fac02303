//! Demo customers: generated deterministically (xorshift from an integer), so ids are stable
//! across runs and seeding is idempotent.

use partner_center_rules::name::full_name;
use rusqlite::{Transaction, params};

use super::accounts::{CHINA_PARTNER, GLOBAL_PARTNER};
use super::catalog::OFFERS;
use crate::api::address::CommerceAddress as Address;
use crate::settings::Cloud;

/// How many customers `seed` gives each demo partner.
pub const DEMO_CUSTOMERS: usize = 40;

/// xorshift64*: small, fast, deterministic.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03);
        if r.0 == 0 {
            r.0 = 1;
        }
        for _ in 0..4 {
            r.next_u64();
        }
        r
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// A version-4-shaped UUID.
    pub fn uuid(&mut self) -> String {
        let a = self.next_u64();
        let b = self.next_u64();
        format!(
            "{:08x}-{:04x}-4{:03x}-{:04x}-{:012x}",
            a >> 32,
            (a >> 16) & 0xffff,
            a & 0xfff,
            ((b >> 48) & 0x3fff) | 0x8000,
            b & 0xffff_ffff_ffff
        )
    }
}

struct CnCity {
    name: &'static str,
    short: &'static str,
    province: &'static str,
    postal: &'static str,
    area: &'static str,
    streets: &'static [&'static str],
}

const CN_CITIES: &[CnCity] = &[
    CnCity {
        name: "北京",
        short: "bj",
        province: "北京市",
        postal: "100020",
        area: "010",
        streets: &["朝阳区建国路88号", "海淀区中关村大街27号", "东城区王府井大街138号", "西城区金融大街15号"],
    },
    CnCity {
        name: "上海",
        short: "sh",
        province: "上海市",
        postal: "200120",
        area: "021",
        streets: &["浦东新区陆家嘴环路1000号", "徐汇区漕溪北路18号", "静安区南京西路1266号", "长宁区虹桥路1438号"],
    },
    CnCity {
        name: "深圳",
        short: "sz",
        province: "广东省",
        postal: "518057",
        area: "0755",
        streets: &["南山区科技园科苑路15号", "福田区深南大道6008号", "宝安区新安街道创业一路1号"],
    },
    CnCity {
        name: "杭州",
        short: "hz",
        province: "浙江省",
        postal: "310012",
        area: "0571",
        streets: &["西湖区文三路478号", "滨江区网商路699号", "余杭区文一西路969号"],
    },
    CnCity {
        name: "广州",
        short: "gz",
        province: "广东省",
        postal: "510620",
        area: "020",
        streets: &["天河区天河路385号", "越秀区环市东路339号"],
    },
    CnCity {
        name: "成都",
        short: "cd",
        province: "四川省",
        postal: "610041",
        area: "028",
        streets: &["高新区天府大道北段1700号", "锦江区红星路三段1号"],
    },
    CnCity {
        name: "南京",
        short: "nj",
        province: "江苏省",
        postal: "210005",
        area: "025",
        streets: &["鼓楼区中山北路30号", "玄武区珠江路88号"],
    },
];

const CN_BRANDS: &[(&str, &str)] = &[
    ("华信", "huaxin"),
    ("远航", "yuanhang"),
    ("博雅", "boya"),
    ("星辰", "xingchen"),
    ("恒通", "hengtong"),
    ("瑞丰", "ruifeng"),
    ("天成", "tiancheng"),
    ("金桥", "jinqiao"),
    ("云帆", "yunfan"),
    ("鼎盛", "dingsheng"),
    ("创新", "chuangxin"),
    ("东方", "dongfang"),
    ("新锐", "xinrui"),
    ("明德", "mingde"),
    ("泰和", "taihe"),
    ("嘉禾", "jiahe"),
    ("青松", "qingsong"),
    ("汇智", "huizhi"),
];
const CN_TRADES: &[&str] = &["科技", "信息技术", "贸易", "网络科技", "软件", "电子商务", "咨询", "物流"];
const CN_SURNAMES: &[&str] = &["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];
const CN_GIVEN: &[&str] = &["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "洋", "艳", "杰", "军", "晓明", "海燕"];

struct Place {
    city: &'static str,
    state: Option<&'static str>,
    postal: &'static str,
    streets: &'static [&'static str],
    phone: &'static str,
}

const US_PLACES: &[Place] = &[
    Place {
        city: "Seattle",
        state: Some("WA"),
        postal: "98101",
        streets: &["1201 Pine Street", "500 Union Street", "2200 Western Avenue"],
        phone: "+1 206 555 ",
    },
    Place {
        city: "Redmond",
        state: Some("WA"),
        postal: "98052",
        streets: &["16011 NE 36th Way", "8020 Leary Way NE"],
        phone: "+1 425 555 ",
    },
    Place {
        city: "Austin",
        state: Some("TX"),
        postal: "78701",
        streets: &["301 Congress Avenue", "98 San Jacinto Boulevard"],
        phone: "+1 512 555 ",
    },
    Place {
        city: "Boston",
        state: Some("MA"),
        postal: "02110",
        streets: &["100 Federal Street", "1 Beacon Street"],
        phone: "+1 617 555 ",
    },
    Place {
        city: "Chicago",
        state: Some("IL"),
        postal: "60601",
        streets: &["233 South Wacker Drive", "111 East Wacker Drive"],
        phone: "+1 312 555 ",
    },
];
const FR_PLACES: &[Place] = &[
    Place {
        city: "Paris",
        state: None,
        postal: "75008",
        streets: &["12 rue de la Paix", "45 avenue des Champs-Élysées", "8 boulevard Haussmann"],
        phone: "+33 1 42 ",
    },
    Place {
        city: "Lyon",
        state: None,
        postal: "69002",
        streets: &["20 rue de la République", "5 place Bellecour"],
        phone: "+33 4 72 ",
    },
    Place {
        city: "Bordeaux",
        state: None,
        postal: "33000",
        streets: &["14 cours de l'Intendance", "3 quai des Chartrons"],
        phone: "+33 5 56 ",
    },
    Place {
        city: "Lille",
        state: None,
        postal: "59000",
        streets: &["27 rue Esquermoise", "10 place du Général de Gaulle"],
        phone: "+33 3 20 ",
    },
];
const KR_PLACES: &[Place] = &[
    Place {
        city: "서울특별시",
        state: None,
        postal: "06236",
        streets: &["강남구 테헤란로 152", "중구 세종대로 110", "영등포구 여의대로 24"],
        phone: "+82 2 ",
    },
    Place {
        city: "부산광역시",
        state: None,
        postal: "48058",
        streets: &["해운대구 센텀중앙로 97", "중구 중앙대로 26"],
        phone: "+82 51 ",
    },
    Place {
        city: "성남시",
        state: Some("경기도"),
        postal: "13494",
        streets: &["분당구 판교역로 235", "분당구 대왕판교로 660"],
        phone: "+82 31 ",
    },
];

const EN_NAMES: &[(&str, &str)] = &[
    ("Contoso", "contoso"),
    ("Northwind Traders", "northwind"),
    ("Tailspin Toys", "tailspin"),
    ("Adventure Works", "adventureworks"),
    ("Alpine Ski House", "alpineski"),
    ("Blue Yonder Airlines", "blueyonder"),
    ("Coho Winery", "coho"),
    ("Litware", "litware"),
    ("Proseware", "proseware"),
    ("Wide World Importers", "wideworld"),
    ("Woodgrove Bank", "woodgrove"),
    ("Lucerne Publishing", "lucerne"),
    ("Trey Research", "trey"),
    ("Wingtip Toys", "wingtip"),
    ("Humongous Insurance", "humongous"),
    ("Relecloud", "relecloud"),
];
const EN_SUFFIXES: &[&str] = &["Ltd", "Inc.", "LLC", "Group", "Corporation"];
const EN_PEOPLE: &[(&str, &str)] = &[
    ("Emily", "Johnson"),
    ("Michael", "Smith"),
    ("Olivia", "Brown"),
    ("James", "Miller"),
    ("Sarah", "Davis"),
    ("David", "Wilson"),
    ("Grace", "Taylor"),
    ("Ethan", "Clark"),
];
const FR_NAMES: &[(&str, &str)] = &[
    ("Boulangerie Lefèvre", "lefevre"),
    ("Atelier Moreau", "moreau"),
    ("Cabinet Laurent", "laurent"),
    ("Transports Girard", "girard"),
    ("Menuiserie Bernard", "bernard"),
    ("Éditions Rousseau", "rousseau"),
    ("Vignobles Fontaine", "fontaine"),
    ("Conseil Mercier", "mercier"),
];
const FR_PEOPLE: &[(&str, &str)] = &[
    ("Camille", "Dubois"),
    ("Lucas", "Martin"),
    ("Chloé", "Petit"),
    ("Hugo", "Lambert"),
    ("Léa", "Roux"),
    ("Julien", "Faure"),
];
const KR_NAMES: &[(&str, &str)] = &[
    ("한빛소프트", "hanbit"),
    ("미래테크", "mirae"),
    ("누리정보", "nuri"),
    ("대한물산", "daehan"),
    ("서울데이터", "seouldata"),
    ("푸른솔", "pureunsol"),
    ("하늘정보통신", "haneul"),
    ("새한전자", "saehan"),
];
const KR_PEOPLE: &[(&str, &str)] =
    &[("민수", "김"), ("서연", "이"), ("지훈", "박"), ("유진", "최"), ("하늘", "정"), ("도윤", "강")];

type Pairs = &'static [(&'static str, &'static str)];
type Flavor = (Pairs, Pairs, &'static [Place], &'static str, &'static str, &'static str);

struct Generated {
    id: String,
    commerce_id: String,
    domain: String,
    company_name: String,
    first_name: String,
    last_name: String,
    email: String,
    culture: &'static str,
    language: &'static str,
    address: Address,
    associated: Option<String>,
}

fn digits(rng: &mut Rng, n: usize) -> String {
    (0..n).map(|_| char::from(b'0' + rng.below(10) as u8)).collect()
}

fn generate(cloud: Cloud, i: usize) -> (Generated, Rng) {
    let salt: u64 = if cloud == Cloud::China { 0x0C41_4E41 } else { 0x0061_0BA1 };
    let mut rng = Rng::new(salt.wrapping_mul(1_000_003).wrapping_add(i as u64));
    let id = rng.uuid();
    let commerce_id = rng.uuid();
    let g = match cloud {
        Cloud::China => {
            let city = rng.pick(CN_CITIES);
            let (brand, pinyin) = *rng.pick(CN_BRANDS);
            let trade = *rng.pick(CN_TRADES);
            let last = rng.pick(CN_SURNAMES).to_string();
            let first = rng.pick(CN_GIVEN).to_string();
            let company_name = format!("{}{brand}{trade}有限公司", city.name);
            let domain = format!("{pinyin}{}{i:04}.partner.onmschina.cn", city.short);
            let phone = format!(
                "+86 1{}{} {} {}",
                3 + rng.below(7),
                digits(&mut rng, 1),
                digits(&mut rng, 4),
                digits(&mut rng, 4)
            );
            let address = Address {
                country: "CN".into(),
                region: None,
                city: format!("{}市", city.name),
                state: Some(city.province.into()),
                address_line1: rng.pick(city.streets).to_string(),
                address_line2: Some(format!("{}层", 2 + rng.below(30))),
                postal_code: city.postal.into(),
                first_name: first.clone(),
                last_name: last.clone(),
                phone_number: phone,
            };
            let _ = city.area;
            Generated {
                id,
                commerce_id,
                email: format!("it@{pinyin}{}{i:04}.com.cn", city.short),
                domain,
                company_name,
                first_name: first,
                last_name: last,
                culture: "zh-CN",
                language: "zh",
                address,
                associated: None,
            }
        }
        Cloud::Global => {
            let flavor = i % 3;
            let (names, people, places, country, culture, language): Flavor = match flavor {
                0 => (EN_NAMES, EN_PEOPLE, US_PLACES, "US", "en-US", "en"),
                1 => (FR_NAMES, FR_PEOPLE, FR_PLACES, "FR", "fr-FR", "fr"),
                _ => (KR_NAMES, KR_PEOPLE, KR_PLACES, "KR", "ko-KR", "ko"),
            };
            let (name, slug) = *rng.pick(names);
            let company_name = match flavor {
                0 => format!("{name} {}", rng.pick(EN_SUFFIXES)),
                1 => format!("{name} {}", if rng.below(2) == 0 { "SARL" } else { "SAS" }),
                _ => format!("주식회사 {name}"),
            };
            let (first, last) = *rng.pick(people);
            let place = rng.pick(places);
            let phone = format!("{}{} {}", place.phone, digits(&mut rng, 4), digits(&mut rng, 4));
            let associated = (rng.below(10) == 0).then(|| "4b7a2c91-5e3d-4f8a-9c6b-1d2e3f4a5b6c".to_string());
            let address = Address {
                country: country.into(),
                region: None,
                city: place.city.into(),
                state: place.state.map(str::to_string),
                address_line1: rng.pick(place.streets).to_string(),
                address_line2: None,
                postal_code: place.postal.into(),
                first_name: first.into(),
                last_name: last.into(),
                phone_number: phone,
            };
            Generated {
                id,
                commerce_id,
                domain: format!("{slug}{i:04}.onmicrosoft.com"),
                email: format!("billing@{slug}{i:04}.example.com"),
                company_name,
                first_name: first.into(),
                last_name: last.into(),
                culture,
                language,
                address,
                associated,
            }
        }
    };
    (g, rng)
}

fn partner_exists(tx: &Transaction, id: &str) -> rusqlite::Result<bool> {
    tx.query_row("SELECT EXISTS (SELECT 1 FROM partners WHERE id = ?1)", [id], |r| r.get(0))
}

/// `customers_per_partner` customers for each demo partner, each with 1 to 4 subscriptions.
/// Idempotent (fixed ids, INSERT OR IGNORE); the first N customers are the same whatever N.
pub fn seed_bulk(tx: &Transaction, now: i64, customers_per_partner: usize) -> rusqlite::Result<()> {
    let mut customer_stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO customers (id, partner_id, commerce_id, domain, domain_key, company_name, company_name_key, relationship,
           allow_delegated_access, associated_partner_id, associated_partner_key, billing_first_name, billing_last_name, email, culture,
           language, billing_company_name, default_address, version, created_at)
         VALUES (?1, ?2, ?3, ?4, ?4, ?5, ?6, 'reseller', 1, ?7, ?7, ?8, ?9, ?10, ?11, ?12, ?5, ?13, 1, ?14)",
    )?;
    let mut sub_stmt = tx.prepare_cached(
        "INSERT OR IGNORE INTO subscriptions (id, customer_id, offer_id, offer_name, friendly_name, quantity, unit_type, creation_date,
           effective_start_date, commitment_end_date, status, auto_renew_enabled, billing_type, reseller_partner_id, suspension_reasons, version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10, ?11, ?12, ?13, ?14, 1)",
    )?;
    for (partner, cloud) in [(CHINA_PARTNER, Cloud::China), (GLOBAL_PARTNER, Cloud::Global)] {
        if !partner_exists(tx, partner)? {
            continue;
        }
        let offers: Vec<_> = OFFERS
            .iter()
            .filter(|o| {
                !o.is_trial
                    && o.in_demo_customers
                    && o.add_on_of.is_none()
                    && if cloud == Cloud::China { o.cny.is_some() } else { o.usd.is_some() }
            })
            .collect();
        for i in 0..customers_per_partner {
            let (g, mut rng) = generate(cloud, i);
            let address = serde_json::to_string(&g.address).unwrap_or_default();
            let created = now - 86_400 * (30 + rng.below(900) as i64);
            customer_stmt.execute(params![
                g.id,
                partner,
                g.commerce_id,
                g.domain,
                g.company_name,
                g.company_name.to_lowercase(),
                g.associated,
                g.first_name,
                g.last_name,
                g.email,
                g.culture,
                g.language,
                address,
                created
            ])?;
            let count = 1 + rng.below(4);
            let start = rng.below(offers.len());
            for k in 0..count {
                let o = offers[(start + k * 3) % offers.len()];
                let sub_id = rng.uuid().to_uppercase();
                let bought = created + 86_400 * rng.below(25) as i64;
                let mut end = bought + 365 * 86_400;
                while end < now {
                    end += 365 * 86_400;
                }
                let quantity = if o.billing == "usage" { 1 } else { 1 + rng.below(o.max.min(250) as usize) as i64 };
                let suspended = rng.below(20) == 0;
                let unit_type = if o.billing == "usage" { "Usage-based" } else { "Licenses" };
                sub_stmt.execute(params![
                    sub_id,
                    g.id,
                    o.id,
                    o.name,
                    o.name,
                    quantity,
                    unit_type,
                    bought,
                    end,
                    if suspended { "suspended" } else { "active" },
                    !suspended,
                    o.billing,
                    g.associated,
                    if suspended { "[\"partner_initiated\"]" } else { "[]" }
                ])?;
            }
        }
    }
    Ok(())
}

/// A few dozen customers per demo partner, and some users for the global partner's first ones.
pub fn seed(tx: &Transaction, now: i64) -> rusqlite::Result<()> {
    seed_bulk(tx, now, DEMO_CUSTOMERS)?;
    if !partner_exists(tx, GLOBAL_PARTNER)? {
        return Ok(());
    }
    for i in 0..6 {
        let (g, mut rng) = generate(Cloud::Global, i);
        for _ in 0..2 {
            let (first, last) = *rng.pick(match i % 3 {
                0 => EN_PEOPLE,
                1 => FR_PEOPLE,
                _ => KR_PEOPLE,
            });
            let local = format!("{}.{}", first.to_lowercase(), last.to_lowercase());
            let local: String = local.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '.').collect();
            let local = if local.trim_matches('.').is_empty() { format!("user{}", rng.below(1000)) } else { local };
            let upn = format!("{local}@{}", g.domain);
            // Korean names (every third customer) are written family name first.
            let display = full_name(first, last);
            tx.execute(
                "INSERT OR IGNORE INTO customer_users (id, customer_id, user_principal_name, upn_key, first_name, last_name, display_name,
                   usage_location, state, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'active', ?9)",
                params![rng.uuid(), g.id, upn, upn.to_lowercase(), first, last, display, g.address.country, now],
            )?;
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic() {
        let (a, _) = generate(Cloud::China, 7);
        let (b, _) = generate(Cloud::China, 7);
        assert_eq!(a.id, b.id);
        assert!(a.company_name.ends_with("有限公司"));
        assert!(a.domain.ends_with(".partner.onmschina.cn"));
        let (c, _) = generate(Cloud::Global, 2);
        assert!(c.company_name.starts_with("주식회사"));
        assert_ne!(generate(Cloud::Global, 1).0.id, generate(Cloud::Global, 2).0.id);
    }
}
