#!/usr/bin/env python3
"""Write an illustrative standard-land (标准地) land case for `parkopt assign`.

ILLUSTRATIVE FIGURES ONLY. The parks are named after real Kunming parks and
their industries follow the planning texts in /work/shared/seeds (DOMAIN.md
section 6), but every number -- areas, prices, thresholds, quotas, projects,
firms, coordinates -- is synthetic. Thresholds are drawn in the ranges of
published sale notices (research/land-policy.md sections 1.3 and 3). They
describe no real parcel, project or enterprise.

A land case is a folder holding the files of
Sources/StandardLand/Input/LandSchemas.swift, with the English column keys as
headers:

    parks.csv  parcels.csv  projects.csv  standards.csv  enterprises.csv
    scenario.yaml  README.md

Usage (Python 3 standard library only; same arguments, same bytes out):

    python3 Examples/generate_land_case.py            # Examples/kunming
    python3 Examples/generate_land_case.py --parks 20 --parcels 3000 \\
        --projects 2000 --firms 4000 --out /tmp/land20

The first six parks are the Kunming templates; more parks cycle the templates
with an "-2", "-3", ... suffix, shifted a few kilometres. How the case is
built so that the optimisation is interesting:
- energy quotas: the 安宁 (AN) and 杨林 (YL) templates get a quota well below
  the energy that the projects able to go there would use, so energy binds
  there; the other parks get ample quota;
- new-land quota (增存挂钩): the 高新区 (KM-HT) and 五华 (WH) templates get a
  new-land quota well below their new parcels' area, plus a stock-link ratio
  of 0.5, so reusing stock parcels earns new land;
- 官渡 (GD-YL) admits any industry ("*") on M0/M1/W land, so projects from other
  parks compete there and its leading-industry share can bind;
- a few projects are in industries that no park admits on the zoning they
  need (M3 coal chemicals, ferroalloys, cement; M2 dyeing): eligible nowhere;
- four must-place projects, each in a park where its industry is primary and
  eligible in at least one other park too; the generator checks that they can
  all be placed together.
"""

import argparse
import csv
import math
import os
import random
import sys

# --------------------------------------------------------------------------
# Industries: zoning, typical project size and per-mu figures.
# epva = energy per value added, tce/万元; jobs per mu; va = value-added share
# of revenue.

INDUSTRIES = {
    # token: (Chinese name, zonings, project area median mu, epva range, jobs/mu range, va share range, names)
    "rare_metals": ("稀贵金属新材料", ["M2"], 60, (0.45, 1.0), (0.8, 1.6), (0.18, 0.28),
                    ["贵金属催化剂", "稀贵金属靶材", "铂族金属新材料", "高纯稀有金属", "贵金属浆料"]),
    "biomedicine": ("生物医药", ["M1", "M2"], 50, (0.12, 0.45), (1.2, 2.5), (0.30, 0.45),
                    ["创新药制剂", "生物疫苗", "现代中药", "医疗器械", "三七提取物"]),
    "electronics": ("电子信息", ["M0", "M1"], 45, (0.08, 0.35), (2.0, 4.0), (0.20, 0.30),
                    ["光电子器件", "集成电路封测", "智能终端", "新型显示模组", "红外光电"]),
    "tech_conversion": ("高技术转化应用", ["M0", "M1"], 40, (0.08, 0.35), (1.5, 3.0), (0.30, 0.40),
                        ["科技成果转化中试基地", "新材料中试", "检验检测与研发", "技术熟化平台"]),
    "advanced_equipment": ("先进装备制造", ["M1", "M2"], 80, (0.12, 0.45), (1.0, 2.0), (0.22, 0.32),
                           ["高原电力装备", "轨道交通装备", "智能物流装备", "矿山机械", "环保装备"]),
    "auto_parts": ("汽车及零部件", ["M1", "M2"], 100, (0.12, 0.45), (0.8, 1.8), (0.18, 0.26),
                   ["新能源汽车零部件", "汽车电机电控", "汽车轻量化部件", "整车配套", "商用车总装"]),
    "cnc_tools": ("数控机床", ["M1", "M2"], 70, (0.12, 0.40), (1.0, 2.0), (0.22, 0.32),
                  ["数控机床", "精密加工中心", "机床功能部件", "数控系统"]),
    "green_food": ("绿色食品", ["M1", "M2"], 60, (0.18, 0.55), (1.0, 2.2), (0.20, 0.30),
                   ["高原特色食品", "咖啡精深加工", "食用菌加工", "花卉精油提取", "茶叶精制"]),
    "packaging": ("纸及纸制品包装", ["M2"], 70, (0.45, 1.15), (0.6, 1.2), (0.18, 0.26),
                  ["纸制品包装", "绿色包装", "瓦楞纸箱", "包装印刷"]),
    "metal_materials": ("金属新材料", ["M2"], 110, (0.6, 1.45), (0.4, 0.9), (0.15, 0.22),
                        ["铝基新材料", "铜合金精深加工", "钛合金材料", "金属粉末冶金"]),
    "petrochemicals": ("石油化工", ["M3"], 160, (0.8, 1.4), (0.2, 0.5), (0.15, 0.22),
                       ["石化下游精细化工", "聚烯烃新材料", "炼化配套", "特种化学品"]),
    "nev_batteries": ("新能源电池", ["M2"], 140, (0.35, 0.95), (0.5, 1.0), (0.15, 0.22),
                      ["磷酸铁锂正极材料", "动力电池电芯", "储能电池", "电池回收利用", "电解液"]),
    "tobacco": ("烟草及配套", ["M1", "M2"], 70, (0.04, 0.2), (0.8, 1.6), (0.45, 0.60),
                ["烟用材料", "卷烟配套印刷", "滤棒生产", "烟机配件"]),
    "smart_manufacturing": ("智能制造", ["M0", "M1"], 50, (0.08, 0.35), (1.5, 3.0), (0.22, 0.32),
                            ["智能制造示范工厂", "工业机器人集成", "智能装备组装", "数字化车间"]),
    "logistics": ("现代物流", ["W"], 110, (0.08, 0.3), (0.4, 0.9), (0.35, 0.50),
                  ["国际陆港仓储", "冷链物流中心", "智慧物流分拨", "保税仓储"]),
}

# Industries no park admits on the zoning they need: eligible nowhere.
UNADMITTED = {
    "coal_chemicals": ("煤化工", ["M3"], 200, (2.0, 3.0), (0.2, 0.4), (0.15, 0.20), ["煤制烯烃", "焦化"]),
    "ferroalloys": ("铁合金冶炼", ["M3"], 150, (2.0, 3.5), (0.2, 0.5), (0.12, 0.18), ["硅铁冶炼", "工业硅"]),
    "cement": ("水泥建材", ["M3"], 180, (1.5, 2.5), (0.2, 0.4), (0.15, 0.22), ["水泥熟料", "特种水泥"]),
    "textile_dyeing": ("纺织印染", ["M2"], 60, (0.6, 1.0), (1.0, 2.0), (0.18, 0.25), ["印染", "纺织后整理"]),
}

# Old firms outside the parks' lists (legacy industries).
LEGACY = ["building_materials", "chemicals", "plastics", "printing", "textiles"]
LEGACY_EPVA = (0.4, 1.2)

LEVEL_PRICE = {"national": (35.0, 60.0), "provincial": (25.0, 45.0), "county": (15.0, 30.0)}

# --------------------------------------------------------------------------
# Park templates (DOMAIN.md section 6). energy_factor < 1 and land_share:
# the energy and new-land quotas as shares of what the projects eligible
# there would use (see set_quotas); they bind. None / >= 1: ample.

PARK_TEMPLATES = [
    dict(id="KM-HT", name="昆明高新区", level="national",
         primary=["rare_metals", "biomedicine"], potential=["electronics", "metal_materials"], other=[],
         center=(102.665, 25.070), zonings=[("M0", 0.25), ("M1", 0.35), ("M2", 0.40)],
         parcel_weight=30, firm_weight=60, area_median=55.0,
         energy_factor=1.2, land_share=0.35, stock_link=0.5, min_leading=0.7, carbon=False),
    dict(id="KM-ETDZ", name="昆明经开区", level="national",
         primary=["advanced_equipment", "tech_conversion"], potential=["biomedicine", "smart_manufacturing"], other=[],
         center=(102.800, 24.975), zonings=[("M0", 0.20), ("M1", 0.45), ("M2", 0.35)],
         parcel_weight=30, firm_weight=60, area_median=70.0,
         energy_factor=1.2, land_share=None, stock_link=None, min_leading=0.6, carbon=True),
    dict(id="YL", name="杨林经开区", level="national",
         primary=["auto_parts", "cnc_tools"], potential=["green_food", "packaging"], other=["metal_materials"],
         center=(103.030, 25.195), zonings=[("M1", 0.45), ("M2", 0.55)],
         parcel_weight=30, firm_weight=50, area_median=90.0,
         energy_factor=0.45, land_share=None, stock_link=None, min_leading=0.6, carbon=False),
    dict(id="AN", name="安宁工业园区", level="provincial",
         primary=["petrochemicals"], potential=["nev_batteries", "metal_materials"], other=[],
         center=(102.420, 24.940), zonings=[("M2", 0.55), ("M3", 0.45)],
         parcel_weight=25, firm_weight=50, area_median=120.0,
         energy_factor=0.45, land_share=None, stock_link=None, min_leading=0.6, carbon=False),
    dict(id="WH", name="五华科技产业园", level="provincial",
         primary=["tobacco"], potential=["electronics", "packaging"], other=[],
         center=(102.690, 25.105), zonings=[("M0", 0.20), ("M1", 0.45), ("M2", 0.35)],
         parcel_weight=15, firm_weight=35, area_median=45.0,
         energy_factor=1.2, land_share=0.35, stock_link=0.5, min_leading=0.6, carbon=False),
    dict(id="GD-YL", name="官渡区产业园区（矣六下·金马·跑马山片区）", level="county",
         primary=["smart_manufacturing"], potential=["electronics", "logistics"], other=["*"],
         center=(102.780, 25.020), zonings=[("M0", 0.30), ("M1", 0.45), ("W", 0.25)],
         parcel_weight=20, firm_weight=45, area_median=65.0,
         energy_factor=1.2, land_share=None, stock_link=None, min_leading=0.6, carbon=False),
]

# Standards: (park template or *, industry or *) -> (min investment intensity
# 万元/亩, min tax 万元/亩, min revenue 万元/亩, max energy per value added
# tce/万元, min floor-area ratio). National parks are strictest.
STANDARDS = {
    ("*", "*"): (150, 8, 250, 1.5, 0.8),
    ("KM-HT", "*"): (300, 20, 400, 0.8, 1.0),
    ("KM-HT", "rare_metals"): (380, 28, 600, 1.0, 1.0),
    ("KM-HT", "biomedicine"): (350, 30, 450, 0.5, 1.2),
    ("KM-HT", "electronics"): (320, 22, 500, 0.4, 1.2),
    ("KM-ETDZ", "*"): (280, 18, 380, 0.8, 1.0),
    ("KM-ETDZ", "advanced_equipment"): (300, 20, 400, 0.5, 1.0),
    ("KM-ETDZ", "tech_conversion"): (320, 22, 420, 0.4, 1.2),
    ("KM-ETDZ", "biomedicine"): (330, 25, 420, 0.5, 1.2),
    ("YL", "*"): (250, 15, 350, 1.0, 1.0),
    ("YL", "auto_parts"): (280, 18, 420, 0.5, 1.0),
    ("YL", "cnc_tools"): (260, 16, 380, 0.5, 1.0),
    ("YL", "green_food"): (200, 12, 350, 0.6, 1.0),
    ("YL", "packaging"): (200, 10, 300, 1.2, 0.8),
    ("YL", "metal_materials"): (240, 14, 450, 1.3, 0.8),
    ("AN", "*"): (220, 12, 320, 1.2, 0.8),
    ("AN", "petrochemicals"): (350, 25, 600, 1.5, 0.8),
    ("AN", "nev_batteries"): (320, 20, 500, 1.0, 1.0),
    ("AN", "metal_materials"): (250, 15, 500, 1.5, 0.8),
    ("WH", "*"): (200, 15, 300, 0.8, 1.0),
    ("WH", "tobacco"): (220, 30, 450, 0.3, 1.0),
    ("WH", "packaging"): (180, 10, 280, 1.0, 0.8),
    ("GD-YL", "*"): (180, 10, 280, 1.0, 0.9),
    ("GD-YL", "smart_manufacturing"): (200, 12, 300, 0.5, 1.0),
    ("GD-YL", "logistics"): (150, 8, 250, 0.5, 0.8),
}

# Must-place projects: (industry, template of the park where it is primary).
MUST_PLACE = [("biomedicine", "KM-HT"), ("advanced_equipment", "KM-ETDZ"),
              ("auto_parts", "YL"), ("smart_manufacturing", "GD-YL")]

CHINESE_DIGITS = "零一二三四五六七八九十"

SCENARIO_YAML = """# Objective weights (per 万元, per job); the default maximises annual tax.
objective:
  tax: 1.0
  revenue: 0.0
  value_added: 0.0
  jobs: 0.0
  land_cost: 0.0
stock_link_ratio: 0.0      # default for parks without their own
min_leading_share: 0.6     # default for parks without their own
use_enterprise_averages: true
explain_unplaced: true
time_limit_s: 60
mip_gap: 0.0001
"""


def fmt(value, decimals):
    """A number with at most `decimals` decimals, trailing zeros dropped."""
    text = f"{value:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def lognormal(rng, median, sigma, low, high):
    """A log-normal draw around `median`, clipped to [low, high]."""
    return min(high, max(low, median * math.exp(rng.gauss(0.0, sigma))))


def weighted_choice(rng, items):
    """One key of a list of (key, weight) pairs."""
    total = sum(weight for _, weight in items)
    x = rng.random() * total
    for key, weight in items:
        x -= weight
        if x < 0:
            return key
    return items[-1][0]


def apportion(total, weights):
    """Split `total` in proportion to `weights` (largest remainder), each ≥ 0."""
    raw = [total * w / sum(weights) for w in weights]
    counts = [int(math.floor(x)) for x in raw]
    order = sorted(range(len(weights)), key=lambda i: (-(raw[i] - counts[i]), i))
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


def industry_info(token):
    return INDUSTRIES.get(token) or UNADMITTED[token]


# --------------------------------------------------------------------------
# Parks

def make_parks(rng, count):
    parks = []
    for k in range(count):
        template = PARK_TEMPLATES[k % len(PARK_TEMPLATES)]
        copy = k // len(PARK_TEMPLATES) + 1
        park = dict(template)
        park["template"] = template["id"]
        if copy > 1:
            park["id"] = f"{template['id']}-{copy}"
            digit = CHINESE_DIGITS[copy] if copy <= 10 else str(copy)
            park["name"] = f"{template['name']}·拓展{digit}区"
            angle = 2 * math.pi * (k % len(PARK_TEMPLATES)) / len(PARK_TEMPLATES) + 0.7 * copy
            lon, lat = template["center"]
            park["center"] = (lon + 0.035 * (copy - 1) * math.cos(angle),
                              lat + 0.030 * (copy - 1) * math.sin(angle))
        parks.append(park)
    return parks


def admits(park, industry):
    """Whether the park admits the industry (primary, potential or other)."""
    return (industry in park["primary"] or industry in park["potential"]
            or industry in park["other"] or "*" in park["other"])


def park_zonings(park):
    return [zoning for zoning, _ in park["zonings"]]


# --------------------------------------------------------------------------
# Standards

def make_standards(rng, parks):
    """Rows keyed by (park id or *, industry or *); copies are perturbed ±5%."""
    rows = {("*", "*"): STANDARDS[("*", "*")]}
    for park in parks:
        for (template, industry), values in sorted(STANDARDS.items()):
            if template != park["template"]:
                continue
            if park["id"] != park["template"]:
                f = rng.uniform(0.95, 1.05)
                values = (round(values[0] * f / 5) * 5, round(values[1] * f), round(values[2] * f / 5) * 5,
                          round(values[3] * f, 2), values[4])
            rows[(park["id"], industry)] = values
    return rows


def standard_for(standards, park_id, industry):
    """The most specific row: (park, industry), (park, *), (*, industry), (*, *)."""
    for key in ((park_id, industry), (park_id, "*"), ("*", industry), ("*", "*")):
        if key in standards:
            return standards[key]
    raise KeyError(key)


# --------------------------------------------------------------------------
# Parcels

def make_parcels(rng, parks, count):
    counts = apportion(count, [p["parcel_weight"] for p in parks])
    parcels = []
    for park, n in zip(parks, counts):
        zonings = park_zonings(park)
        side = max(1, math.ceil(math.sqrt(n)))
        width = len(str(max(n, 999)))
        lon0, lat0 = park["center"]
        spacing_lon, spacing_lat = 0.0075, 0.0068   # about 760 m: parcels never overlap
        low, high = LEVEL_PRICE[park["level"]]
        for k in range(n):
            zoning = zonings[k] if k < len(zonings) else weighted_choice(rng, park["zonings"])
            source = "stock" if rng.random() < 0.25 else "new"
            median = park["area_median"] * (1.4 if zoning in ("M3", "W") else 1.0)
            area = round(lognormal(rng, median, 0.6, 20.0, 300.0), 2)
            price = rng.uniform(low, high) * (0.85 if source == "stock" else 1.0)
            max_far = None
            if rng.random() < 0.25:
                max_far = rng.choice([2.5, 3.0, 3.5] if zoning == "M0" else [1.5, 2.0, 2.5])
            row, col = divmod(k, side)
            cx = lon0 + (col - (side - 1) / 2) * spacing_lon + rng.uniform(-0.0005, 0.0005)
            cy = lat0 + (row - (side - 1) / 2) * spacing_lat + rng.uniform(-0.0005, 0.0005)
            if rng.random() < 0.2:
                wkt = f"POINT ({fmt(cx, 6)} {fmt(cy, 6)})"
            else:
                square_m = area * 666.67
                aspect = rng.uniform(1.0, 1.6)
                w_m, h_m = math.sqrt(square_m * aspect), math.sqrt(square_m / aspect)
                dx = w_m / 2 / (111320.0 * math.cos(math.radians(cy)))
                dy = h_m / 2 / 110574.0
                corners = [(cx - dx, cy - dy), (cx + dx, cy - dy), (cx + dx, cy + dy), (cx - dx, cy + dy), (cx - dx, cy - dy)]
                wkt = "POLYGON ((" + ", ".join(f"{fmt(x, 6)} {fmt(y, 6)}" for x, y in corners) + "))"
            parcels.append(dict(id=f"{park['id']}-{k + 1:0{width}d}", park=park["id"], area=area, zoning=zoning,
                                source=source, price=round(price, 1), max_far=max_far, wkt=wkt))
    return parcels


# --------------------------------------------------------------------------
# Existing enterprises

def make_enterprises(rng, parks, standards, count):
    counts = apportion(count, [p["firm_weight"] for p in parks])
    firms = []
    for park, n in zip(parks, counts):
        centre = {}   # per-industry level of the park's firms against the standard
        own = []
        for _ in range(n):
            x = rng.random()
            if x < 0.72 or not (park["potential"]):
                industry = rng.choice(park["primary"])
            elif x < 0.92:
                industry = rng.choice(park["potential"])
            else:
                industry = rng.choice(LEGACY)
            own.append(dict(park=park["id"], industry=industry))
        # Keep the primary industries' revenue share comfortably above the
        # park's minimum (checked again after the figures are drawn).
        for firm in own:
            industry = firm["industry"]
            if industry not in centre:
                centre[industry] = rng.uniform(0.85, 1.15)
            inv_s, tax_s, rev_s, _, _ = standard_for(standards, park["id"], industry)
            c = centre[industry]
            land = round(lognormal(rng, 45.0, 0.8, 10.0, 300.0), 1)
            inv = inv_s * c * rng.uniform(0.7, 1.3) * land
            rev = rev_s * c * rng.uniform(0.6, 1.5) * land
            tax = min(40.0, max(5.0, tax_s * c * rng.uniform(0.6, 1.5))) * land
            info = INDUSTRIES.get(industry)
            va_low, va_high = info[5] if info else (0.18, 0.28)
            epva_low, epva_high = info[3] if info else LEGACY_EPVA
            va = rev * rng.uniform(va_low, va_high)
            energy = va * rng.uniform(epva_low, epva_high)
            firm.update(land=land, investment=round(inv), revenue=round(rev), tax=round(tax, 1),
                        value_added=round(va), energy=round(energy))
        target = park["min_leading"] + 0.12
        while True:
            total = sum(f["revenue"] for f in own)
            lead = sum(f["revenue"] for f in own if f["industry"] in park["primary"])
            if total == 0 or lead >= target * total:
                break
            others = sorted((f for f in own if f["industry"] not in park["primary"]),
                            key=lambda f: (-f["revenue"], f["industry"]))
            if not others:
                break
            others[0]["industry"] = rng.choice(park["primary"])
        firms.extend(own)
    width = len(str(max(len(firms), 9999)))
    for i, firm in enumerate(firms):
        firm["id"] = f"E{i + 1:0{width}d}"
    return firms


def enterprise_averages(firms):
    """(park, industry) -> (investment per mu, revenue per mu), land-weighted."""
    sums = {}
    for f in firms:
        s = sums.setdefault((f["park"], f["industry"]), [0.0, 0.0, 0.0])
        s[0] += f["land"]
        s[1] += f["investment"]
        s[2] += f["revenue"]
    return {key: (s[1] / s[0], s[2] / s[0]) for key, s in sums.items() if s[0] > 0}


def thresholds(standards, averages, park_id, industry):
    """Effective floors: the standard, raised to the firms' average (seed 000, item 9)."""
    inv, tax, rev, epva, far = standard_for(standards, park_id, industry)
    avg = averages.get((park_id, industry))
    if avg:
        inv, rev = max(inv, avg[0]), max(rev, avg[1])
    return inv, tax, rev, epva, far


# --------------------------------------------------------------------------
# Projects

def eligible(project, parcel, park, standards, averages):
    """The pair passes industry, zoning, area, preference and every threshold."""
    if project["preferred"] and park["id"] not in project["preferred"]:
        return False
    if not admits(park, project["industry"]) or parcel["zoning"] not in project["zoning"]:
        return False
    area = parcel["area"]
    if not (project["min_area"] <= area <= project["max_area"]):
        return False
    inv, tax, rev, epva, far = thresholds(standards, averages, park["id"], project["industry"])
    if project["investment"] / area < inv or project["revenue"] / area < rev or project["tax"] / area < tax:
        return False
    if project["energy"] > epva * project["value_added"]:
        return False
    if project["far"] is not None:
        if project["far"] < far or (parcel["max_far"] is not None and project["far"] > parcel["max_far"]):
            return False
    return True


def draw_project(rng, industry, target, standards, averages, quality, area0=None, zoning=None):
    """One project sized around `area0` mu with per-mu figures relative to the target park's floors."""
    name_zh, zonings, median, epva_range, jobs_range, va_range, names = industry_info(industry)
    if area0 is None:
        area0 = lognormal(rng, median, 0.35, 20.0, 280.0)
    if target is None:
        inv_t, tax_t, rev_t, epva_t, far_t = standard_for(standards, "*", "*")
    else:
        inv_t, tax_t, rev_t, epva_t, far_t = thresholds(standards, averages, target, industry)
    if quality == "strong":
        f = [rng.uniform(1.15, 1.6) for _ in range(3)]
    elif quality == "must":
        f = [rng.uniform(1.35, 1.7) for _ in range(3)]
    elif quality == "marginal":
        f = [rng.uniform(1.0, 1.25) for _ in range(3)]
    else:  # weak: one indicator falls short in the target park
        f = [rng.uniform(1.0, 1.4) for _ in range(3)]
        f[rng.randrange(3)] = rng.uniform(0.7, 0.92)
    revenue = rev_t * f[1] * area0
    value_added = revenue * rng.uniform(*va_range)
    epva = rng.uniform(*epva_range)
    if quality != "must" and rng.random() < 0.05:
        epva = epva_t * rng.uniform(1.05, 1.3)
    elif quality == "must":
        epva = min(epva, 0.8 * epva_t)
    energy = value_added * epva
    far = None
    if quality == "must" or rng.random() < 0.9:
        far = far_t * (rng.uniform(0.8, 0.95) if quality != "must" and rng.random() < 0.04 else rng.uniform(1.0, 1.4))
        far = round(far, 1)
    if zoning is None:
        zoning = list(zonings)
        if len(zoning) > 1 and rng.random() < 0.25:
            zoning = [rng.choice(zoning)]
    low = max(10, round(area0 * rng.uniform(0.5, 0.8)))
    high = min(300, max(low + 5, round(area0 * rng.uniform(1.3, 1.8))))
    if quality == "must":
        low, high = max(10, round(area0 * 0.5)), min(300, round(area0 * 1.6))
    return dict(industry=industry, name=rng.choice(names) + "项目",
                min_area=low, max_area=high,
                investment=round(inv_t * f[0] * area0, -1), revenue=round(revenue, -1),
                tax=round(tax_t * f[2] * area0, 1), value_added=round(value_added, -1),
                energy=round(energy), carbon=round(energy * rng.uniform(2.5, 2.7)),
                jobs=round(area0 * rng.uniform(*jobs_range)), zoning=zoning, far=far,
                preferred=[], must=False)


def make_projects(rng, parks, parcels, standards, averages, count):
    by_id = {p["id"]: p for p in parks}
    must_specs = [(industry, park) for industry, template in MUST_PLACE
                  for park in parks[:len(PARK_TEMPLATES)] if park["id"] == template]
    must_specs = must_specs[: max(0, min(len(must_specs), count // 10))]
    # A must-place project needs parcels of a zoning its park and another
    # park admitting its industry both have; small cases may have none.
    for industry, park in must_specs:
        if not must_place_home(industry, park, parks, parcels)[1]:
            print(f"note: no must-place {industry} project for {park['id']}: none of its parcels has a zoning "
                  f"{industry} can use that another park admitting it also has", file=sys.stderr)
    must_specs = [(i, p) for i, p in must_specs if must_place_home(i, p, parks, parcels)[1]]
    n_unadmitted = round(count * 0.05) if count >= 20 else 0
    kinds = ["must"] * len(must_specs) + ["unadmitted"] * n_unadmitted
    kinds += ["regular"] * (count - len(kinds))
    rng.shuffle(kinds)
    weights = [(p["id"], p["parcel_weight"]) for p in parks]
    must_queue = list(must_specs)
    projects = []
    for kind in kinds:
        if kind == "unadmitted":
            industry = rng.choice(sorted(UNADMITTED))
            project = draw_project(rng, industry, None, standards, averages, "strong")
        elif kind == "must":
            industry, park = must_queue.pop(0)
            project = draw_must_place(rng, industry, park, parks, parcels, standards, averages)
        else:
            park = by_id[weighted_choice(rng, weights)]
            x = rng.random()
            if "*" in park["other"] and x < 0.15:
                candidates = sorted(t for t, info in INDUSTRIES.items()
                                    if set(info[1]) & set(park_zonings(park)) and not admits_listed(park, t))
                industry = rng.choice(candidates)
            elif park["other"] and "*" not in park["other"] and x < 0.12:
                industry = rng.choice(park["other"])
            elif x < 0.62:
                industry = rng.choice(park["primary"])
            else:
                industry = rng.choice(park["potential"])
            quality = weighted_choice(rng, [("strong", 0.62), ("marginal", 0.28), ("weak", 0.10)])
            project = draw_project(rng, industry, park["id"], standards, averages, quality)
            if rng.random() < 0.07:
                others = sorted(p["id"] for p in parks if p["id"] != park["id"] and admits(p, industry)
                                and set(park_zonings(p)) & set(project["zoning"]))
                project["preferred"] = [park["id"]] + ([rng.choice(others)] if others and rng.random() < 0.5 else [])
        projects.append(project)
    width = len(str(max(count, 999)))
    seen = {}
    for i, project in enumerate(projects):
        project["id"] = f"P{i + 1:0{width}d}"
        n = seen.get(project["name"], 0) + 1
        seen[project["name"]] = n
        if n > 1:
            digit = CHINESE_DIGITS[n] if n <= 10 else str(n)
            project["name"] = project["name"].replace("项目", f"项目（{digit}期）") if n <= 10 else f"{project['name']}-{n}"
    return projects


def admits_listed(park, industry):
    return industry in park["primary"] or industry in park["potential"] or industry in park["other"]


def must_place_home(industry, park, parks, parcels):
    """The zonings of `industry` that `park` and another park admitting it both
    have, and `park`'s parcels of those zonings."""
    admitting = [p for p in parks if admits(p, industry)]
    zonings = [z for z in INDUSTRIES[industry][1]
               if any(z in park_zonings(p) for p in admitting if p["id"] != park["id"]) and z in park_zonings(park)]
    return zonings, [c for c in parcels if c["park"] == park["id"] and c["zoning"] in zonings]


def draw_must_place(rng, industry, park, parks, parcels, standards, averages):
    """A strong project eligible on parcels in its primary park and in another park."""
    admitting = [p for p in parks if admits(p, industry)]
    zonings, home = must_place_home(industry, park, parks, parcels)
    floors = [thresholds(standards, averages, p["id"], industry) for p in admitting]
    own = thresholds(standards, averages, park["id"], industry)
    # Figures relative to the strictest admitting park, so they pass in all.
    scale = [max(t[i] for t in floors) / own[i] for i in range(3)]
    max_epva = min(t[3] for t in floors)
    min_far = max(t[4] for t in floors)
    for _ in range(200):
        anchor = rng.choice(home)
        project = draw_project(rng, industry, park["id"], standards, averages, "must",
                               area0=anchor["area"], zoning=list(zonings))
        project["investment"] = round(project["investment"] * scale[0], -1)
        project["tax"] = round(project["tax"] * scale[1], 1)
        project["revenue"] = round(project["revenue"] * scale[2], -1)
        project["value_added"] = round(project["value_added"] * scale[2], -1)
        project["energy"] = min(project["energy"], round(0.8 * max_epva * project["value_added"]))
        project["carbon"] = round(project["energy"] * 2.6)
        project["far"] = max(project["far"], min_far)
        project["must"] = True
        by_id = {p["id"]: p for p in parks}
        places = {c["park"] for c in parcels if eligible(project, c, by_id[c["park"]], standards, averages)}
        if park["id"] in places and len(places) >= 2:
            return project
    raise SystemExit(f"could not draw a must-place {industry} project for {park['id']}")


# --------------------------------------------------------------------------
# Quotas (sized after the projects so that the intended limits bind)

def set_quotas(parks, parcels, projects, standards, averages):
    """Energy and new-land quotas from what could go to each park.

    For each park, a greedy fill: the projects eligible there, by tax, each
    on the smallest free parcel it is eligible on, as if no other park
    existed. A template with energy_factor < 1 gets that share of the fill's
    energy (binds), with land_share that share of the fill's new land
    (binds). The others get at least all the energy of the projects eligible
    there and 1.2 times their new parcels' area (never binds).
    """
    by_park = {}
    for c in parcels:
        by_park.setdefault(c["park"], []).append(c)
    for park in parks:
        home = sorted(by_park.get(park["id"], []), key=lambda c: (c["area"], c["id"]))
        demand, fill_energy, fill_new, used = 0.0, 0.0, 0.0, set()
        for project in sorted(projects, key=lambda p: (-p["tax"], p["id"])):
            if not admits(park, project["industry"]):
                continue
            hits = [c for c in home if eligible(project, c, park, standards, averages)]
            if not hits:
                continue
            demand += project["energy"]
            free = [c for c in hits if c["id"] not in used]
            if free:
                used.add(free[0]["id"])
                fill_energy += project["energy"]
                fill_new += free[0]["area"] if free[0]["source"] == "new" else 0.0
        if park["energy_factor"] < 1:
            quota = max(1000.0, round(fill_energy * park["energy_factor"], -2))
        else:
            quota = max(1000.0, math.ceil(demand * park["energy_factor"] / 1000) * 1000)
        park["energy_quota"] = quota
        park["carbon_quota"] = round(quota * 2.6 * 1.25, -2) if park["carbon"] else None
        if park["land_share"] is not None:
            park["land_quota"] = max(10, round(fill_new * park["land_share"] / 10) * 10)
        else:
            new_area = sum(c["area"] for c in home if c["source"] == "new")
            park["land_quota"] = math.ceil(new_area * 1.2 / 50) * 50


def check_must_place(parks, parcels, projects, standards, averages):
    """Place the must-place projects in their primary parks on distinct parcels within the quotas."""
    by_id = {p["id"]: p for p in parks}
    used, energy, new_land = set(), {}, {}
    for project in (p for p in projects if p["must"]):
        options = sorted((c for c in parcels
                          if c["id"] not in used and project["industry"] in by_id[c["park"]]["primary"]
                          and eligible(project, c, by_id[c["park"]], standards, averages)),
                         key=lambda c: (c["source"] != "stock", c["area"], c["id"]))
        for c in options:
            park = by_id[c["park"]]
            e = energy.get(park["id"], 0) + project["energy"]
            land = new_land.get(park["id"], 0) + (c["area"] if c["source"] == "new" else 0)
            if e <= park["energy_quota"] and land <= park["land_quota"]:
                used.add(c["id"])
                energy[park["id"]], new_land[park["id"]] = e, land
                break
        else:
            raise SystemExit(f"must-place project {project['id']} cannot be placed with the others")


# --------------------------------------------------------------------------
# Output

def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def write_case(out, name, command, parks, parcels, projects, standards, firms):
    os.makedirs(out, exist_ok=True)
    write_csv(os.path.join(out, "parks.csv"),
              ["id", "name", "level", "primary_industries", "potential_industries", "other_industries",
               "energy_quota_tce", "carbon_quota_t", "new_land_quota_mu", "stock_link_ratio", "min_leading_share"],
              [[p["id"], p["name"], p["level"], ";".join(p["primary"]), ";".join(p["potential"]),
                ";".join(p["other"]), fmt(p["energy_quota"], 0),
                "" if p["carbon_quota"] is None else fmt(p["carbon_quota"], 0), fmt(p["land_quota"], 0),
                "" if p["stock_link"] is None else fmt(p["stock_link"], 2), fmt(p["min_leading"], 2)]
               for p in sorted(parks, key=lambda p: p["id"])])
    write_csv(os.path.join(out, "parcels.csv"),
              ["id", "park", "area_mu", "zoning", "source", "land_price_wan_per_mu", "max_floor_area_ratio", "wkt"],
              [[c["id"], c["park"], fmt(c["area"], 2), c["zoning"], c["source"], fmt(c["price"], 1),
                "" if c["max_far"] is None else fmt(c["max_far"], 1), c["wkt"]]
               for c in sorted(parcels, key=lambda c: c["id"])])
    write_csv(os.path.join(out, "projects.csv"),
              ["id", "name", "industry", "min_area_mu", "max_area_mu", "investment_wan", "revenue_wan", "tax_wan",
               "value_added_wan", "energy_tce", "carbon_t", "jobs", "zoning", "floor_area_ratio",
               "preferred_parks", "must_place"],
              [[p["id"], p["name"], p["industry"], fmt(p["min_area"], 0), fmt(p["max_area"], 0),
                fmt(p["investment"], 0), fmt(p["revenue"], 0), fmt(p["tax"], 1), fmt(p["value_added"], 0),
                fmt(p["energy"], 0), fmt(p["carbon"], 0), fmt(p["jobs"], 0), ";".join(p["zoning"]),
                "" if p["far"] is None else fmt(p["far"], 1), ";".join(p["preferred"]),
                "yes" if p["must"] else "no"]
               for p in sorted(projects, key=lambda p: p["id"])])
    write_csv(os.path.join(out, "standards.csv"),
              ["park", "industry", "min_investment_intensity", "min_tax_per_mu", "min_revenue_per_mu",
               "max_energy_per_value_added", "min_floor_area_ratio"],
              [[park, industry, fmt(v[0], 0), fmt(v[1], 1), fmt(v[2], 0), fmt(v[3], 2), fmt(v[4], 2)]
               for (park, industry), v in sorted(standards.items())])
    write_csv(os.path.join(out, "enterprises.csv"),
              ["id", "park", "industry", "land_mu", "investment_wan", "revenue_wan", "tax_wan",
               "value_added_wan", "energy_tce"],
              [[f["id"], f["park"], f["industry"], fmt(f["land"], 1), fmt(f["investment"], 0),
                fmt(f["revenue"], 0), fmt(f["tax"], 1), fmt(f["value_added"], 0), fmt(f["energy"], 0)]
               for f in sorted(firms, key=lambda f: f["id"])])
    with open(os.path.join(out, "scenario.yaml"), "w", encoding="utf-8", newline="\n") as f:
        f.write(SCENARIO_YAML)
    with open(os.path.join(out, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme(name, command, parks, parcels, projects, standards, firms))


def readme(name, command, parks, parcels, projects, standards, firms):
    lines = [f"# {name}: an illustrative standard-land (标准地) case", "",
             "**All figures are illustrative.** The parks carry the names of real Kunming parks and the",
             "industries their planning texts give them (see `DOMAIN.md`, section 6), but every area, price,",
             "threshold, quota, project, firm and coordinate is synthetic, drawn in the ranges of published",
             "sale notices. Nothing here describes a real parcel, project or enterprise.", "",
             "Regenerate (same arguments, same bytes):", "", "```sh", command, "```", "",
             "## Files", "",
             "The columns are those of `Sources/StandardLand/Input/LandSchemas.swift`; the main `README.md`",
             "(section *Input formats*) lists them with their Chinese names and meaning. Headers here are the",
             "English keys.", "",
             "| file | rows | what it holds |", "|---|---|---|",
             f"| `parks.csv` | {len(parks)} | parks: level, primary (主导) and potential (潜力) industries, "
             "other admitted industries (`*` = any), remaining energy quota (tce/yr), optional carbon quota, "
             "new-land quota (mu), stock-link ratio (增存挂钩), minimum leading-industry revenue share |",
             f"| `parcels.csv` | {len(parcels)} | parcels offered: park, area (mu), zoning (M0/M1/M2/M3/W), "
             "source (new or stock), land price (万元/亩), optional maximum floor-area ratio, WKT point or "
             "polygon in lon/lat |",
             f"| `projects.csv` | {len(projects)} | projects asking for land: industry, acceptable area range, "
             "investment, annual revenue, tax, value added (万元), energy (tce/yr), carbon (t CO2/yr), jobs, "
             "zonings it can use, planned floor-area ratio, optional preferred parks, must-place flag |",
             f"| `standards.csv` | {len(standards)} | standard-land control indicators by park and industry (`*` = any; "
             "the most specific row applies): investment intensity, tax and revenue per mu (minimums), "
             "energy per value added (maximum), floor-area ratio (minimum) |",
             f"| `enterprises.csv` | {len(firms)} | existing firms: park, industry, land, investment, revenue, tax, "
             "value added, energy; their per-mu averages raise the floors (新项目不低于现有同类项目平均水平) and "
             "they count in the leading-industry share |",
             "| `scenario.yaml` | – | objective weights and defaults for `parkopt assign` |", "",
             "## What makes the case interesting", "",
             "- Energy binds in the petrochemical and battery park (AN templates) and in 杨林 (YL templates):",
             "  their quotas are well below the energy the projects that could go there would use.",
             "- New land (增存挂钩) binds in 昆明高新区 (KM-HT) and 五华 (WH): the new-land quota is a fraction",
             "  of the new parcels' area; every mu of stock land used earns 0.5 mu of new land.",
             "- 官渡 (GD-YL) admits any industry on M0/M1/W land, so projects from other parks compete there;",
             "  its leading-industry share (≥ 60%) limits how many of them it takes.",
             "- Projects in coal chemicals, ferroalloys, cement and dyeing need M3 or M2 land in a park that",
             "  does not admit them: they are eligible nowhere.",
             "- Per-mu figures are computed on the parcel's area, so a project that meets the floors on a",
             "  small parcel fails them on a large one.",
             "- Must-place projects (`must_place = yes`): " + ", ".join(
                 f"{p['id']} ({p['industry']})" for p in sorted(projects, key=lambda p: p["id"]) if p["must"])
             + "; each is eligible in its primary park and at least one other, and they fit together.", ""]
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description="Write an illustrative standard-land case (ParkOpt land-case folder).")
    parser.add_argument("--parks", type=int, default=6, help="number of parks (default 6: the Kunming parks)")
    parser.add_argument("--parcels", type=int, default=150, help="number of parcels (default 150)")
    parser.add_argument("--projects", type=int, default=80, help="number of projects (default 80)")
    parser.add_argument("--firms", type=int, default=300, help="number of existing firms (default 300)")
    parser.add_argument("--seed", type=int, default=20261122, help="random seed (default 20261122)")
    parser.add_argument("--out", default="Examples/kunming", help="output folder (default Examples/kunming)")
    parser.add_argument("--name", default=None, help="case name for the README title")
    args = parser.parse_args(argv)
    if args.parks < 1 or args.parcels < args.parks or args.projects < 1 or args.firms < 0:
        parser.error("need at least one park, one parcel per park and one project")

    defaults = (6, 150, 80, 300, 20261122, "Examples/kunming")
    given = (args.parks, args.parcels, args.projects, args.firms, args.seed, args.out)
    command = "python3 Examples/generate_land_case.py"
    if given != defaults:
        command += (f" --parks {args.parks} --parcels {args.parcels} --projects {args.projects}"
                    f" --firms {args.firms} --seed {args.seed} --out {args.out}")
    if args.name:
        command += f" --name '{args.name}'"
    name = args.name or ("Kunming (昆明)" if given[:4] == defaults[:4] else
                         f"Synthetic case, {args.parks} parks")

    rng = random.Random(args.seed)
    parks = make_parks(rng, args.parks)
    standards = make_standards(rng, parks)
    parcels = make_parcels(rng, parks, args.parcels)
    firms = make_enterprises(rng, parks, standards, args.firms)
    averages = enterprise_averages(firms)
    projects = make_projects(rng, parks, parcels, standards, averages, args.projects)
    set_quotas(parks, parcels, projects, standards, averages)
    check_must_place(parks, parcels, projects, standards, averages)
    write_case(args.out, name, command, parks, parcels, projects, standards, firms)
    print(f"wrote {args.out}: {len(parks)} parks, {len(parcels)} parcels, {len(projects)} projects, "
          f"{len(standards)} standards, {len(firms)} firms", file=sys.stderr)


if __name__ == "__main__":
    main()
